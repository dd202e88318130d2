package hallq.sim.crowd;

import hallq.controller.core.Routing;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/**
 * A simulated day (see docs/prediction.md): the hall, demand per service per hour from {@code from},
 * service times, the citizens' behaviour, staffing and the window-opening policy. Validated on load.
 */
public record Scenario(String name, String hall, LocalDate date, LocalTime from, Long seed,
                       Map<String, Demand> services, Behaviour citizens, Staffing staffing, Policy policy,
                       Routing.Rule routing) {

    /** Arrivals per hour, one value per hour from {@code from}; the service time distribution. */
    public record Demand(List<Double> ratesPerHour, ServiceTime serviceTime) {
    }

    /**
     * Shares of green-channel and appointment citizens, the no-show rate (called, never comes;
     * the window waits {@code noShowAfterMinutes}), the mean patience (exponential; 0 = infinite).
     */
    public record Behaviour(double greenChannelShare, double appointmentShare, double noShowRate,
                            double noShowAfterMinutes, double meanPatienceMinutes) {
        public static final Behaviour PLAIN = new Behaviour(0, 0, 0, 2, 0);
    }

    /**
     * Who is on duty: an explicit {@code schedule} of windows from a time on, or {@code erlang}
     * STATIC (Erlang C on the day's mean rate) / HOURLY (per hour, perfect knowledge), sized so that
     * at most {@code maxShareOverTarget} wait longer than the target, using the windows that serve
     * each service first. {@code scale} multiplies the computed windows (for "fewer staff").
     */
    public record Staffing(List<Shift> schedule, ErlangMode erlang, Double maxShareOverTarget, Double scale) {
        public enum ErlangMode { STATIC, HOURLY }
    }

    public record Shift(LocalTime at, List<Integer> windows) {
    }

    /** Overrides of the hall's policy: mode (AUTOMATIC or OFF) and thresholds like 10m. */
    public record Policy(String mode, Duration openWhenPredictedWaitOver, Duration closeWhenBelow, Duration calmFor,
                         Duration staffLeadTime, Integer openWhenQueueLongerThan, Duration tick) {
    }

    public int hours() {
        return services.values().stream().mapToInt(d -> d.ratesPerHour().size()).max().orElse(0);
    }

    public Behaviour behaviour() {
        return citizens == null ? Behaviour.PLAIN : citizens;
    }

    /** How free windows choose whom to call: the core's relative urgency unless the scenario says otherwise. */
    public Routing.Rule routingRule() {
        return routing == null ? Routing.Rule.RELATIVE_URGENCY : routing;
    }

    public Scenario withSeed(long newSeed) {
        return new Scenario(name, hall, date, from, newSeed, services, citizens, staffing, policy, routing);
    }

    public Scenario withStaffing(Staffing s, Policy p) {
        return new Scenario(name, hall, date, from, seed, services, citizens, s, p, routing);
    }

    public Scenario withRouting(Routing.Rule rule) {
        return new Scenario(name, hall, date, from, seed, services, citizens, staffing, policy, rule);
    }
}
