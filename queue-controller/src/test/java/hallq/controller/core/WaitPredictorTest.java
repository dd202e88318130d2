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
        double early = excessOverErlang(predictor.forNewArrival("SB"));
        assertTrue(early > 0.02, "the learned mean's uncertainty widens the p90: " + early);
        for (int i = 0; i < WaitPredictor.WINDOW; i++) {
            hall.advance(Duration.ofSeconds(30));
            act(1, WindowAction.COMPLETE);
            hall.issue("SB");
            act(1, WindowAction.CALL_NEXT);
        }
        double later = excessOverErlang(predictor.forNewArrival("SB"));
        assertTrue(later > 0 && later < early / 2, "narrower once services are learned: " + early + " -> " + later);
    }

    /** p90 over the Erlang p90 of the same mean, minus 1. */
    private double excessOverErlang(Prediction p) {
        double stages = p.meanMinutes() * p.servingWindows() / predictor.serviceMinutes("SB");
        return p.p90Minutes() / (WaitPredictor.erlangP90(stages) * p.meanMinutes() / stages) - 1;
    }
}
