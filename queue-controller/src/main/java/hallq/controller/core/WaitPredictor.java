package hallq.controller.core;

import hallq.protocol.Priority;
import hallq.protocol.TicketStatus;
import hallq.protocol.WindowState;
import hallq.protocol.config.ServiceConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Predicts waits from the live queue: with n ahead (in the real calling order, so priority tickets
 * ahead count) and effective capacity c windows each serving at rate mu, the wait is
 * Erlang(n + 1 - idle, c * mu): mean (n + 1 - idle) / (c * mu), the M/M/s optimum, and its 90th
 * percentile. A window shared between services gives each a share in proportion to its waiting
 * demand; paused and closed windows give none. Mean service times start from configuration and
 * follow the hall's own completions: a running mean over the first {@value #WINDOW} completions
 * (the configured value counting as {@value #PRIOR_WEIGHT} of them), then a moving average.
 */
public final class WaitPredictor {
    static final int WINDOW = 200;
    static final int PRIOR_WEIGHT = 5;
    private static final double Z90 = 1.2815515655446004;
    private final HallState state;
    private final QueueCore core;
    private final Map<String, Double> serviceMinutes = new HashMap<>();
    private final Map<String, Integer> learned = new HashMap<>();

    public WaitPredictor(QueueCore core) {
        this.core = core;
        this.state = core.state();
        state.services().forEach(s -> serviceMinutes.put(s.id(), s.meanServiceMinutes()));
    }

    /** Learns service times (call to finish) from completed tickets. */
    public void learn(Change change) {
        for (Ticket t : change.tickets()) {
            ServiceConfig s = state.service(t.serviceId());
            if (s == null || t.status() != TicketStatus.DONE || t.calledAt() == null || t.finishedAt() == null) {
                continue;
            }
            double minutes = Duration.between(t.calledAt(), t.finishedAt()).toMillis() / 60_000.0;
            double clamped = Math.max(s.meanServiceMinutes() / 5, Math.min(s.meanServiceMinutes() * 5, minutes));
            int n = learned.merge(s.id(), 1, Integer::sum);
            double rate = 1.0 / Math.min(n + PRIOR_WEIGHT, WINDOW);
            serviceMinutes.merge(s.id(), clamped, (old, x) -> old + rate * (x - old));
        }
    }

    public double serviceMinutes(String serviceId) {
        return serviceMinutes.getOrDefault(serviceId, 8.0);
    }

    /** The wait a citizen of normal priority taking a ticket now would face. */
    public Prediction forNewArrival(String serviceId) {
        return predict(serviceId, state.waiting(serviceId));
    }

    /** The wait a citizen of this priority class taking a ticket now would face. */
    public Prediction forNewArrival(String serviceId, Priority priority, Instant now) {
        if (priority == null || priority == Priority.NORMAL) {
            return forNewArrival(serviceId);
        }
        long key = state.key(serviceId, priority, now);
        return predict(serviceId, state.serviceLine(serviceId).ahead(new WaitingLine.Entry(key, Long.MAX_VALUE)));
    }

    /** The remaining wait of a waiting ticket; zero once called. */
    public Prediction forTicket(Ticket t) {
        if (!t.isWaiting()) {
            return new Prediction(0, 0, capacity(t.serviceId())[0]);
        }
        return predict(t.serviceId(), core.peopleAhead(t));
    }

    private Prediction predict(String serviceId, int ahead) {
        double[] cap = capacity(serviceId);
        if (cap[0] <= 0) {
            return Prediction.NO_WINDOW;
        }
        double stages = ahead + 1 - cap[1];
        if (stages <= 0) {
            return new Prediction(0, 0, cap[0]);
        }
        double minutesPerDeparture = serviceMinutes(serviceId) / cap[0];
        return new Prediction(stages * minutesPerDeparture, erlangP90(stages) * minutesPerDeparture, cap[0]);
    }

    /** [effective open windows, of which idle now] for a service. */
    double[] capacity(String serviceId) {
        double total = 0;
        double idle = 0;
        int own = state.waiting(serviceId) + 1;
        for (Window w : state.windows()) {
            if (w.state() != WindowState.OPEN || !w.serves(serviceId)) {
                continue;
            }
            double share = 1;
            if (w.skills().size() > 1) {
                double demand = 0;
                for (String s : w.skills()) {
                    demand += s.equals(serviceId) ? own : state.waiting(s) + 1;
                }
                share = own / demand;
            }
            total += share;
            if (w.current() == null) {
                idle += share;
            }
        }
        return new double[] {total, idle};
    }

    /** 90th percentile of a gamma(k, 1) variable (Wilson-Hilferty), k >= small positive. */
    static double erlangP90(double k) {
        double a = 1 / (9 * k);
        double x = k * Math.pow(1 - a + Z90 * Math.sqrt(a), 3);
        return Math.max(x, k);
    }
}
