package hallq.sim.crowd;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The core's predictions against queueing theory, on long stationary M/M/5 runs (33/h, 8 min,
 * utilisation 0.88) with twenty seeds: a confidence interval, not a lucky seed.
 */
class PredictionAccuracyTest {
    private static final int SEEDS = 20;
    private static final double T_99 = 2.861; // Student t, 19 degrees of freedom, two-sided 99 %
    private static List<SimResult> runs;

    private static synchronized List<SimResult> runs() {
        if (runs == null) {
            runs = new ArrayList<>();
            for (long seed = 1; seed <= SEEDS; seed++) {
                runs.add(MmcFixture.longRun(seed));
            }
        }
        return runs;
    }

    @Test
    void simulate_mmcQueue_matchesErlangMeanWait() {
        double erlang = ErlangC.meanWait(MmcFixture.WINDOWS, MmcFixture.RATE_PER_HOUR / 60, 1 / MmcFixture.MEAN_SERVICE);
        double[] means = runs().stream().mapToDouble(r -> MmcFixture.steady(r).stream()
                .mapToDouble(Citizen::waitMinutes).average().orElseThrow()).toArray();
        double m = mean(means);
        double half = T_99 * sd(means, m) / Math.sqrt(means.length);
        assertTrue(Math.abs(m - erlang) <= half, String.format("Erlang C %.3f min, simulated %.3f ± %.3f", erlang, m, half));
    }

    @Test
    void predict_mmsQueue_rmseWithinTenPercentOfOptimal() {
        double se = 0;
        double floorSe = 0;
        for (SimResult r : runs()) {
            for (Citizen c : MmcFixture.steady(r)) {
                se += sq(c.predictedMean - c.waitMinutes());
                floorSe += sq(c.floorMean - c.waitMinutes());
            }
        }
        double ratio = Math.sqrt(se / floorSe);
        assertTrue(ratio <= 1.1, String.format("RMSE %.3f of the optimal predictor's", ratio));
    }

    @Test
    void predict_mmsQueue_p90CoveredNinetyPercentOfTheTime() {
        int n = 0;
        int covered = 0;
        for (SimResult r : runs()) {
            for (Citizen c : MmcFixture.steady(r)) {
                if (c.predictedMean > 0) {
                    n++;
                    covered += c.waitMinutes() <= c.predictedP90 ? 1 : 0;
                }
            }
        }
        double share = (double) covered / n;
        assertTrue(share >= 0.88 && share <= 0.92, String.format("p90 covered %.4f of %d waits", share, n));
    }

    private static double sq(double x) {
        return x * x;
    }

    private static double mean(double[] xs) {
        double s = 0;
        for (double x : xs) {
            s += x;
        }
        return s / xs.length;
    }

    private static double sd(double[] xs, double m) {
        double s = 0;
        for (double x : xs) {
            s += sq(x - m);
        }
        return Math.sqrt(s / (xs.length - 1));
    }
}
