package hallq.sim.crowd;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The product's predictions against the head-of-line and last-to-enter-service baselines on a day
 * whose demand rises and falls twice (scenarios/rising-falling-day.yml), over forty days (seeds).
 * Every claim must hold at the edge of its two-sided 95 % confidence interval, with the day as the
 * independent unit (see PredictionStats): not a lucky seed, nor a lucky citizen.
 */
class RisingFallingDayTest {
    private static final int SEEDS = 40;
    private static final double T_95 = 2.023; // Student t, 39 degrees of freedom, two-sided 95 %
    private static PredictionStats stats;

    private static synchronized PredictionStats stats() {
        if (stats == null) {
            ScenarioLoader.Loaded day = new ScenarioLoader().load(Path.of("../scenarios/rising-falling-day.yml"));
            List<SimResult> days = new ArrayList<>();
            for (long seed = 1; seed <= SEEDS; seed++) {
                days.add(day.with(day.scenario().withSeed(seed)).run());
            }
            stats = PredictionStats.of(days);
        }
        return stats;
    }

    @Test
    void predict_risingFallingDay_rmseAtLeastFortyPercentUnderBothBaselines() {
        PredictionStats s = stats();
        for (Estimate mseRatio : List.of(s.mseRatioToHeadOfLine(), s.mseRatioToLastToEnterService())) {
            double worstRmseRatio = Math.sqrt(mseRatio.upper(T_95));
            assertTrue(worstRmseRatio <= 0.6, String.format("RMSE %.3f (hol %.3f, les %.3f): ratio up to %.3f",
                    s.rmse(), s.holRmse(), s.lesRmse(), worstRmseRatio));
        }
    }

    @Test
    void predict_risingFallingDay_biasWithinAMinuteInEveryHour() {
        PredictionStats s = stats();
        for (int h = 0; h < s.hours(); h++) {
            Estimate b = s.hourlyBias(h);
            if (Double.isNaN(b.value())) {
                continue; // nobody arrived in that hour (the day is over)
            }
            assertTrue(b.lower(T_95) >= -1 && b.upper(T_95) <= 1,
                    String.format("hour %d: bias %+.3f ± %.3f (s.e.) min", h, b.value(), b.standardError()));
        }
    }

    @Test
    void predict_risingFallingDay_p90CoversNinetyPercent() {
        Estimate c = stats().p90Coverage();
        assertTrue(c.lower(T_95) >= 0.88 && c.upper(T_95) <= 0.92,
                String.format("p90 covered %.4f ± %.4f (s.e.)", c.value(), c.standardError()));
    }
}
