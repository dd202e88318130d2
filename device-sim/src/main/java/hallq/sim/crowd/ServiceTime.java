package hallq.sim.crowd;

import java.util.random.RandomGenerator;

/** A service-time distribution in minutes: EXPONENTIAL (mean), LOGNORMAL (mean, cv) or FIXED (mean). */
public record ServiceTime(Kind kind, double meanMinutes, Double cv) {
    public enum Kind { EXPONENTIAL, LOGNORMAL, FIXED }

    public ServiceTime {
        if (kind == null || !(meanMinutes > 0)) {
            throw new IllegalArgumentException("serviceTime needs a kind and meanMinutes > 0");
        }
        if (kind == Kind.LOGNORMAL && (cv == null || !(cv > 0))) {
            throw new IllegalArgumentException("a LOGNORMAL serviceTime needs cv > 0");
        }
    }

    public double sample(RandomGenerator rng) {
        return switch (kind) {
            case EXPONENTIAL -> meanMinutes * rng.nextExponential();
            case FIXED -> meanMinutes;
            case LOGNORMAL -> {
                double s2 = Math.log(1 + cv * cv);
                yield Math.exp(Math.log(meanMinutes) - s2 / 2 + Math.sqrt(s2) * rng.nextGaussian());
            }
        };
    }
}
