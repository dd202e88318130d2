package hallq.controller.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class WaitPredictorTest {
    private final CoreFixture hall = new CoreFixture();
    private final WaitPredictor predictor = new WaitPredictor(hall.core);
    private final double configured = hall.config.service("SB").meanServiceMinutes();

    private Ticket act(int window, WindowAction action) {
        Outcome<Ticket> o = hall.core.execute(WindowCommand.of(window, action, "test"), hall.now);
        Change c = ((Outcome.Accepted<Ticket>) o).change();
        hall.core.apply(c);
        predictor.learn(c);
        return ((Outcome.Accepted<Ticket>) o).value();
    }

    @Test
    void serviceMinutes_rightAfterOpening_countsTheTimeSpentOnServicesStillAtWindows() {
        hall.issue("SB");
        hall.issue("SB");
        act(2, WindowAction.CALL_NEXT);
        hall.minutes(29);
        act(1, WindowAction.CALL_NEXT);
        hall.minutes(1);
        act(1, WindowAction.COMPLETE);
        // one service of 1 minute done, one of 30 minutes so far at window 2; the configured mean counts as 5
        int prior = WaitPredictor.PRIOR_WEIGHT;
        assertEquals((prior * configured + 1 + 30) / (prior + 1), predictor.serviceMinutes("SB"), 1e-9);
    }

    @Test
    void serviceMinutes_afterManyServices_followsTheirMovingAverage() {
        for (int i = 0; i < WaitPredictor.WINDOW + 100; i++) {
            hall.issue("SB");
            act(2, WindowAction.CALL_NEXT);
            hall.advance(Duration.ofSeconds(30));
            act(2, WindowAction.COMPLETE);
        }
        // the configured mean's weight has decayed to 5/200 · e^(-1/2) of the difference
        assertEquals(0.5, predictor.serviceMinutes("SB"), 0.02 * (configured - 0.5));
    }

    @Test
    void p90_fewServicesLearned_widerThanErlangAndNarrowingAsTheyAccumulate() {
        for (int i = 0; i < 12; i++) {
            hall.issue("SB");
        }
        act(1, WindowAction.CALL_NEXT);
        act(2, WindowAction.CALL_NEXT);
        double early = excessOverErlang(predictor.forNewArrival("SB", hall.now));
        assertTrue(early > 0.02, "the learned mean's uncertainty widens the p90: " + early);
        for (int i = 0; i < WaitPredictor.WINDOW; i++) {
            hall.advance(Duration.ofSeconds(30));
            act(1, WindowAction.COMPLETE);
            hall.issue("SB");
            act(1, WindowAction.CALL_NEXT);
        }
        double later = excessOverErlang(predictor.forNewArrival("SB", hall.now));
        assertTrue(later > 0 && later < early / 2, "narrower once services are learned: " + early + " -> " + later);
    }

    @Test
    void forNewArrival_atTheOnlyWindowACitizenFourMinutesIn_waitsForTheRestOfThatService() {
        double mean = hall.config.service("HJ").meanServiceMinutes();
        hall.issue("HJ");
        act(1, WindowAction.CALL_NEXT); // window 1 serves HJ and SB; nobody waits for SB
        hall.minutes(4);
        Prediction p = predictor.forNewArrival("HJ", hall.now);
        assertEquals(1, p.departures(), 1e-9, "the citizen at the window, then this one");
        // the configured prior is exponential (cv² 1): what is left after 4 minutes, not a whole mean
        assertEquals(WaitPredictor.remainingMinutes(mean, 1, 4), p.meanMinutes(), 1e-9);
        assertTrue(p.meanMinutes() < mean, p.meanMinutes() + " of " + mean);
    }

    @Test
    void forNewArrival_anIdleWindowWhoseOtherServiceNobodyWaitsFor_callsAtOnce() {
        Prediction p = predictor.forNewArrival("HJ", hall.now); // window 1 (HJ, SB) idle, window 9 closed
        assertEquals(0, p.meanMinutes(), 1e-9, "the idle window is all HJ's until an SB citizen waits");
        assertEquals(1, p.servingWindows(), 1e-9);
        hall.issue("SB");
        hall.issue("SB");
        act(2, WindowAction.CALL_NEXT);
        assertTrue(predictor.forNewArrival("HJ", hall.now).servingWindows() < 1, "an SB citizen waiting takes a share");
    }

    @Test
    void remainingMinutes_atARandomMomentOfAService_averagesWhatRenewalTheoryGives() {
        double mean = 10;
        for (double cv2 : new double[] {0.36, 1}) {
            // a moment taken at random falls in a service with probability ∝ its length: the rest of it averages
            // E[S²] / 2E[S] = mean (1 + cv²) / 2
            double s = Math.sqrt(Math.log(1 + cv2));
            double mu = Math.log(mean) - s * s / 2;
            double step = mean / 4000;
            double sum = 0;
            for (double e = step / 2; e < 12 * mean; e += step) {
                double lasting = WaitPredictor.upperTail((Math.log(e) - mu) / s);
                sum += WaitPredictor.remainingMinutes(mean, cv2, e) * lasting * step / mean;
            }
            assertEquals(mean * (1 + cv2) / 2, sum, 0.01 * mean, "cv² " + cv2);
        }
        assertEquals(mean, WaitPredictor.remainingMinutes(mean, 0.36, 0), 1e-9, "a service just begun: all of it");
        assertTrue(WaitPredictor.remainingMinutes(mean, 0.36, mean) < 0.6 * mean, "a mean in: well under half left");
        assertTrue(WaitPredictor.remainingMinutes(mean, 0.36, 1000 * mean) >= mean / 20, "never nothing");
    }

    @Test
    void upperTail_isTheStandardNormalsTail() {
        assertEquals(0.5, WaitPredictor.upperTail(0), 1e-7);
        assertEquals(0.158655254, WaitPredictor.upperTail(1), 1e-7);
        assertEquals(0.975002105, WaitPredictor.upperTail(-1.96), 1e-7);
        assertEquals(3.16712418e-5, WaitPredictor.upperTail(4), 1e-10);
    }

    /** p90 over the Erlang p90 of the same mean, minus 1. */
    private double excessOverErlang(Prediction p) {
        double stages = p.departures();
        return p.p90Minutes() / (WaitPredictor.erlangP90(stages) * p.meanMinutes() / stages) - 1;
    }
}
