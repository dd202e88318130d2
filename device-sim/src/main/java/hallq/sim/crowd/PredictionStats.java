package hallq.sim.crowd;

import java.util.List;

/**
 * Prediction quality pooled over several simulated days (seeds): RMSE of the product's predictor,
 * of the optimal one (true mean service time) and of the head-of-line and last-to-enter-service
 * baselines; bias per hour of arrival; p90 coverage among citizens predicted to wait; and, per day,
 * the ratio of the product's RMSE to the better baseline's, for a confidence interval across days.
 * Counts citizens who were called and had a prediction (a window served their service).
 */
public final class PredictionStats {
    private double se;
    private double floorSe;
    private double holSe;
    private double lesSe;
    private long n;
    private long waiting;
    private long covered;
    private final double[] hourErr;
    private final long[] hourN;
    private final double[] dayRatios;

    private PredictionStats(int hours, int days) {
        hourErr = new double[hours];
        hourN = new long[hours];
        dayRatios = new double[days];
    }

    public static PredictionStats of(List<SimResult> days) {
        int hours = days.stream().mapToInt(r -> r.scenario().hours()).max().orElse(0) + 1;
        PredictionStats s = new PredictionStats(hours, days.size());
        for (int d = 0; d < days.size(); d++) {
            double[] day = new double[3];
            for (Citizen c : days.get(d).citizens()) {
                if (c.wasCalled() && !Double.isNaN(c.predictedMean)) {
                    s.add(c, day);
                }
            }
            s.dayRatios[d] = Math.sqrt(day[0] / Math.min(day[1], day[2]));
        }
        return s;
    }

    private void add(Citizen c, double[] day) {
        double w = c.waitMinutes();
        double e = c.predictedMean - w;
        se += e * e;
        floorSe += sq(c.floorMean - w);
        holSe += sq(c.holMean - w);
        lesSe += sq(c.lesMean - w);
        day[0] += e * e;
        day[1] += sq(c.holMean - w);
        day[2] += sq(c.lesMean - w);
        n++;
        int h = Math.min(hourErr.length - 1, (int) (c.arrival / 60));
        hourErr[h] += e;
        hourN[h]++;
        if (c.predictedMean > 0) {
            waiting++;
            covered += w <= c.predictedP90 + 1e-9 ? 1 : 0;
        }
    }

    public long citizens() {
        return n;
    }

    public double rmse() {
        return Math.sqrt(se / n);
    }

    public double floorRmse() {
        return Math.sqrt(floorSe / n);
    }

    public double holRmse() {
        return Math.sqrt(holSe / n);
    }

    public double lesRmse() {
        return Math.sqrt(lesSe / n);
    }

    /** Mean of predicted − actual for citizens arriving in each hour of the day (NaN for an empty hour). */
    public double[] hourlyBias() {
        double[] b = new double[hourErr.length];
        for (int h = 0; h < b.length; h++) {
            b[h] = hourN[h] == 0 ? Double.NaN : hourErr[h] / hourN[h];
        }
        return b;
    }

    /** Share of actual waits at or under the predicted p90, among citizens predicted to wait. */
    public double p90Coverage() {
        return (double) covered / waiting;
    }

    public long predictedToWait() {
        return waiting;
    }

    /** Per day: the product's RMSE over the better of the two baselines'. */
    public double[] dayRatios() {
        return dayRatios.clone();
    }

    private static double sq(double x) {
        return x * x;
    }
}
