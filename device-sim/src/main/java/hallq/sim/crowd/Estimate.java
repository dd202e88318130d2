package hallq.sim.crowd;

/**
 * A figure pooled over simulated days and its standard error, with the day as the independent
 * unit (citizens of one day share its queue, so their outcomes are correlated).
 */
public record Estimate(double value, double standardError) {
    public double upper(double t) {
        return value + t * standardError;
    }

    public double lower(double t) {
        return value - t * standardError;
    }

    /** Σa / Σb over days, with the delta-method standard error of a ratio of means. */
    static Estimate ratioOfSums(double[] a, double[] b) {
        int days = a.length;
        double sumA = 0;
        double sumB = 0;
        for (int d = 0; d < days; d++) {
            sumA += a[d];
            sumB += b[d];
        }
        double r = sumA / sumB;
        double meanB = sumB / days;
        if (days < 2 || meanB == 0) {
            return new Estimate(r, Double.NaN);
        }
        double v = 0;
        for (int d = 0; d < days; d++) {
            v += (a[d] - r * b[d]) * (a[d] - r * b[d]);
        }
        return new Estimate(r, Math.sqrt(v / (days * (days - 1.0))) / meanB);
    }
}
