package hallq.sim.crowd;

/** The M/M/c queue in steady state: probability of waiting, mean wait, tail, staffing. */
public final class ErlangC {
    private ErlangC() {
    }

    /** P(wait > 0) with c servers and offered load a = lambda / mu (a < c). */
    public static double waitProbability(int c, double a) {
        if (a >= c) {
            return 1;
        }
        double term = 1;
        double sum = 1;
        for (int k = 1; k < c; k++) {
            term *= a / k;
            sum += term;
        }
        double last = term * a / c * c / (c - a);
        return last / (sum + last);
    }

    /** E[W] in the units of 1 / mu. */
    public static double meanWait(int c, double lambda, double mu) {
        double a = lambda / mu;
        return a >= c ? Double.POSITIVE_INFINITY : waitProbability(c, a) / (c * mu - lambda);
    }

    /** P(W > t). */
    public static double overTarget(int c, double lambda, double mu, double t) {
        double a = lambda / mu;
        return a >= c ? 1 : waitProbability(c, a) * Math.exp(-(c * mu - lambda) * t);
    }

    /** The fewest servers for which at most {@code maxShare} wait longer than {@code t}. */
    public static int staffFor(double lambda, double mu, double t, double maxShare) {
        if (lambda <= 0) {
            return 0;
        }
        int c = Math.max(1, (int) Math.floor(lambda / mu));
        while (overTarget(c, lambda, mu, t) > maxShare) {
            c++;
        }
        return c;
    }
}
