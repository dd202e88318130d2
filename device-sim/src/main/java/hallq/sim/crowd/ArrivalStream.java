package hallq.sim.crowd;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Non-stationary Poisson arrivals of one service by thinning: candidates at the peak rate, each
 * kept with probability rate(t) / peak. Rates are per hour, piecewise constant, one per hour.
 * Public for the whole-hall demo, which draws its live crowd from the same model.
 */
public final class ArrivalStream {
    private final List<Double> ratesPerHour;
    private final double peakPerMinute;
    private final RandomGenerator rng;
    private double t;

    public ArrivalStream(List<Double> ratesPerHour, RandomGenerator rng) {
        this.ratesPerHour = List.copyOf(ratesPerHour);
        this.peakPerMinute = ratesPerHour.stream().mapToDouble(Double::doubleValue).max().orElse(0) / 60;
        this.rng = rng;
    }

    /** Minutes from the start of the day to the next arrival, or NaN when the day's demand is over. */
    public double next() {
        if (peakPerMinute <= 0) {
            return Double.NaN;
        }
        while (true) {
            t += rng.nextExponential() / peakPerMinute;
            int hour = (int) (t / 60);
            if (hour >= ratesPerHour.size()) {
                return Double.NaN;
            }
            if (rng.nextDouble() * peakPerMinute * 60 < ratesPerHour.get(hour)) {
                return t;
            }
        }
    }
}
