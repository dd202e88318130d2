package hallq.controller.core;

import hallq.protocol.Priority;
import hallq.protocol.TicketStatus;
import hallq.protocol.WindowState;
import hallq.protocol.config.ServiceConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Predicts waits from the live queue: with n ahead (in the real calling order, so priority tickets
 * ahead count) and effective capacity c windows each serving at rate mu, the wait is
 * Erlang(n + 1 - idle, c * mu): mean (n + 1 - idle) / (c * mu), the M/M/s optimum, and its 90th
 * percentile. A window shared between services gives each a share in proportion to its waiting
 * demand; paused and closed windows give none.
 *
 * <p>Mean service times start from configuration (counting as {@value #PRIOR_WEIGHT} services) and
 * follow the hall's own services (call to finish). For the first {@value #WINDOW} the estimate is
 * the time windows spent on the service per completed service, counting the time spent so far on
 * the services still at the windows: right after opening, the services that have finished are the
 * short ones, and a plain mean of them would promise waits that are too short. After that it is a
 * moving average of completed services. The p90 also carries the uncertainty of the learned mean:
 * the wait is taken as a gamma with the Erlang mean and the Erlang variance plus the variance the
 * estimate adds.
 *
 * <p>What the hall learned is not forgotten at a restart or overnight: the predictor starts from the
 * service times of the last {@value #HISTORY_DAYS} days (at most {@value #WINDOW} per service), after
 * the configured prior — a village station with one window serves a few dozen citizens a day, too
 * few to learn its times afresh each morning.
 */
public final class WaitPredictor {
    public static final int WINDOW = 200;
    /** How far back the service times a predictor starts from reach. */
    public static final int HISTORY_DAYS = 30;
    static final int PRIOR_WEIGHT = 5;
    private static final double Z90 = 1.2815515655446004;
    private final HallState state;
    private final QueueCore core;
    private final Map<String, ServiceTimes> learned = new HashMap<>();
    private Instant latest;

    /** What the hall has learned of one service's times (minutes). */
    private static final class ServiceTimes {
        private double total;
        private double totalSquares;
        private double mean;
        private double meanSquare;
        private int completions;

        ServiceTimes(double configured) {
            total = PRIOR_WEIGHT * configured;
            totalSquares = PRIOR_WEIGHT * 2 * configured * configured; // an exponential prior: cv 1
        }

        private boolean early() {
            return completions + PRIOR_WEIGHT < WINDOW;
        }

        void add(double minutes, double inProgress) {
            completions++;
            if (early()) {
                total += minutes;
                totalSquares += minutes * minutes;
            } else if (completions + PRIOR_WEIGHT == WINDOW) {
                mean = (total + minutes + inProgress) / WINDOW;
                meanSquare = (totalSquares + minutes * minutes) / WINDOW;
            } else {
                mean += (minutes - mean) / WINDOW;
                meanSquare += (minutes * minutes - meanSquare) / WINDOW;
            }
        }

        double mean(double inProgress) {
            return early() ? (total + inProgress) / (completions + PRIOR_WEIGHT) : mean;
        }

        /** Relative variance of the learned mean: cv² over the effective number of services. */
        double relativeVarianceOfMean() {
            double n = completions + PRIOR_WEIGHT;
            double m = early() ? total / n : mean;
            double cv2 = Math.max(0, (early() ? totalSquares / n : meanSquare) / (m * m) - 1);
            return cv2 / Math.min(n, 2.0 * WINDOW - 1); // a moving average of weight 1/W rests on 2W - 1
        }
    }

    public WaitPredictor(QueueCore core) {
        this(core, Map.of());
    }

    /** Starting from {@code history}: per service, earlier service times in minutes, oldest first. */
    public WaitPredictor(QueueCore core, Map<String, List<Double>> history) {
        this.core = core;
        this.state = core.state();
        state.services().forEach(s -> {
            ServiceTimes times = new ServiceTimes(s.meanServiceMinutes());
            history.getOrDefault(s.id(), List.of()).forEach(m -> times.add(clamp(s, m), 0));
            learned.put(s.id(), times);
        });
    }

    /** A time under 1/20 or over 5 times the configured mean is taken as that bound. */
    private static double clamp(ServiceConfig s, double minutes) {
        double m = s.meanServiceMinutes();
        return Math.max(m / 20, Math.min(m * 5, minutes));
    }

    /**
     * Learns service times (call to finish) from completed tickets; a time under 1/20 or over 5
     * times the configured mean is taken as that bound (a key pressed twice, a window left open).
     */
    public void learn(Change change) {
        for (Ticket t : change.tickets()) {
            for (Instant at : new Instant[] {t.issuedAt(), t.calledAt(), t.finishedAt()}) {
                latest = at != null && (latest == null || at.isAfter(latest)) ? at : latest;
            }
        }
        for (Ticket t : change.tickets()) {
            ServiceConfig s = state.service(t.serviceId());
            if (s == null || t.status() != TicketStatus.DONE || t.calledAt() == null || t.finishedAt() == null) {
                continue;
            }
            double minutes = Duration.between(t.calledAt(), t.finishedAt()).toMillis() / 60_000.0;
            learned.get(s.id()).add(clamp(s, minutes), inProgressMinutes(s.id()));
        }
    }

    /** The learned mean service time of a service, in minutes. */
    public double serviceMinutes(String serviceId) {
        ServiceTimes st = learned.get(serviceId);
        return st == null ? 8.0 : st.mean(inProgressMinutes(serviceId));
    }

    /** Minutes spent so far, as of the latest change seen, on the service's citizens now at windows. */
    private double inProgressMinutes(String serviceId) {
        double sum = 0;
        for (Window w : state.windows()) {
            Ticket t = w.current() == null ? null : state.ticket(w.current());
            if (t != null && t.serviceId().equals(serviceId) && t.calledAt() != null && latest != null) {
                sum += Math.max(0, Duration.between(t.calledAt(), latest).toMillis() / 60_000.0);
            }
        }
        return sum;
    }

    /** The wait a citizen of normal priority taking a ticket now would face. */
    public Prediction forNewArrival(String serviceId) {
        return predict(serviceId, state.waiting(serviceId), 1);
    }

    /** The wait a citizen of this priority class taking a ticket now would face. */
    public Prediction forNewArrival(String serviceId, Priority priority, Instant now) {
        if (priority == null || priority == Priority.NORMAL) {
            return forNewArrival(serviceId);
        }
        long key = state.key(serviceId, priority, now);
        return predict(serviceId, state.serviceLine(serviceId).ahead(new WaitingLine.Entry(key, Long.MAX_VALUE)), 1);
    }

    /** The remaining wait of a waiting ticket; zero once called. */
    public Prediction forTicket(Ticket t) {
        if (!t.isWaiting()) {
            return new Prediction(0, 0, capacity(t.serviceId())[0]);
        }
        return predict(t.serviceId(), core.peopleAhead(t), 0);
    }

    /**
     * {@code arriving}: 1 for a citizen about to take a ticket, who is counted in the service's
     * demand as the ticket will be — so the wait a kiosk shows before the ticket is the wait the
     * ticket says right after (PredictedWaitIT); 0 for a ticket already in the line.
     */
    private Prediction predict(String serviceId, int ahead, int arriving) {
        double[] cap = capacity(serviceId, arriving);
        if (cap[0] <= 0) {
            return Prediction.NO_WINDOW;
        }
        double stages = ahead + 1 - cap[1];
        if (stages <= 0) {
            return new Prediction(0, 0, cap[0]);
        }
        double mean = stages * serviceMinutes(serviceId) / cap[0];
        // gamma with the Erlang's mean and variance k (in departures) plus k² times the estimate's
        ServiceTimes st = learned.get(serviceId);
        double shape = stages / (1 + stages * (st == null ? 0 : st.relativeVarianceOfMean()));
        return new Prediction(mean, erlangP90(shape) * mean / shape, cap[0]);
    }

    /** [effective open windows, of which idle now] for a service. */
    double[] capacity(String serviceId) {
        return capacity(serviceId, 0);
    }

    /** As above, with {@code arriving} more citizens of the service in its demand. */
    private double[] capacity(String serviceId, int arriving) {
        double total = 0;
        double idle = 0;
        int own = state.waiting(serviceId) + 1 + arriving;
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
