package hallq.sim.crowd;

import java.util.List;

/**
 * Prediction quality pooled over several simulated days (seeds), with standard errors that take the
 * day as the independent unit (citizens of one day share its queue, so their errors are correlated):
 * RMSE of the product's predictor, of the optimal one (true mean service time) and of the
 * head-of-line and last-to-enter-service baselines; bias per hour of arrival; p90 coverage among
 * citizens predicted to wait. Counts citizens who were called and had a prediction.
 */
public final class PredictionStats {
    private final double[] se;
    private final double[] floorSe;
    private final double[] holSe;
    private final double[] lesSe;
    private final double[] n;
    private final double[] waiting;
    private final double[] covered;
    private final double[][] hourErr;
    private final double[][] hourN;

    private PredictionStats(int hours, int days) {
        se = new double[days];
        floorSe = new double[days];
        holSe = new double[days];
        lesSe = new double[days];
        n = new double[days];
        waiting = new double[days];
        covered = new double[days];
        hourErr = new double[hours][days];
        hourN = new double[hours][days];
    }

    public static PredictionStats of(List<SimResult> results) {
        int hours = results.stream().mapToInt(r -> r.scenario().hours()).max().orElse(0) + 1;
        PredictionStats s = new PredictionStats(hours, results.size());
        for (int d = 0; d < results.size(); d++) {
            for (Citizen c : results.get(d).citizens()) {
                if (c.wasCalled() && !Double.isNaN(c.predictedMean)) {
                    s.add(d, c);
                }
            }
        }
        return s;
    }

    private void add(int d, Citizen c) {
        double w = c.waitMinutes();
        double e = c.predictedMean - w;
        se[d] += e * e;
        floorSe[d] += sq(c.floorMean - w);
        holSe[d] += sq(c.holMean - w);
        lesSe[d] += sq(c.lesMean - w);
        n[d]++;
        int h = Math.min(hourErr.length - 1, (int) (c.arrival / 60));
        hourErr[h][d] += e;
        hourN[h][d]++;
        if (c.predictedMean > 0) {
            waiting[d]++;
            covered[d] += w <= c.predictedP90 + 1e-9 ? 1 : 0;
        }
    }

    public long citizens() {
        return Math.round(sum(n));
    }

    public double rmse() {
        return Math.sqrt(sum(se) / sum(n));
    }

    public double floorRmse() {
        return Math.sqrt(sum(floorSe) / sum(n));
    }

    public double holRmse() {
        return Math.sqrt(sum(holSe) / sum(n));
    }

    public double lesRmse() {
        return Math.sqrt(sum(lesSe) / sum(n));
    }

    /** The product's mean squared error over head-of-line's (square it for RMSE: sqrt of the bounds). */
    public Estimate mseRatioToHeadOfLine() {
        return Estimate.ratioOfSums(se, holSe);
    }

    public Estimate mseRatioToLastToEnterService() {
        return Estimate.ratioOfSums(se, lesSe);
    }

    /** Mean of predicted − actual for citizens arriving in hour {@code h} of the day (NaN when none did). */
    public Estimate hourlyBias(int h) {
        return Estimate.ratioOfSums(hourErr[h], hourN[h]);
    }

    public int hours() {
        return hourErr.length;
    }

    /** Share of actual waits at or under the predicted p90, among citizens predicted to wait. */
    public Estimate p90Coverage() {
        return Estimate.ratioOfSums(covered, waiting);
    }

    public long predictedToWait() {
        return Math.round(sum(waiting));
    }

    private static double sum(double[] xs) {
        double s = 0;
        for (double x : xs) {
            s += x;
        }
        return s;
    }

    private static double sq(double x) {
        return x * x;
    }
}
