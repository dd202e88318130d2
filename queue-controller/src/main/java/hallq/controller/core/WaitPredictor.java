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
 * <p>When a single window serving the service is busy, the first of those departures is not
 * memoryless: it is the end of the service under way there, and what is left of a service that has
 * run {@code e} minutes is its expected remainder given that it has lasted so long, taken from a
 * lognormal with the learned mean and spread of that service's times (at a random moment about
 * (1 + cv²) / 2 of a mean is left, not a whole one); the other departures come at c / m as before.
 * That is a station's usual case, one or two windows. With several windows busy the first departure
 * stays memoryless (m / c): the sum of the remainders' rates, exact only for exponential services,
 * comes out too early for the first of several, and the p90 of the rising and falling day covered
 * less (docs/prediction.md).
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

        /** The learned squared coefficient of variation of the service's times. */
        double cv2() {
            double n = completions + PRIOR_WEIGHT;
            double m = early() ? total / n : mean;
            return Math.max(0, (early() ? totalSquares / n : meanSquare) / (m * m) - 1);
        }

        /** Relative variance of the learned mean: cv² over the effective number of services. */
        double relativeVarianceOfMean() {
            // a moving average of weight 1/W rests on 2W - 1
            return cv2() / Math.min(completions + PRIOR_WEIGHT, 2.0 * WINDOW - 1);
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

    /** The wait a citizen of normal priority taking a ticket at {@code now} would face. */
    public Prediction forNewArrival(String serviceId, Instant now) {
        return predict(serviceId, state.waiting(serviceId), 1, now);
    }

    /** The wait a citizen of this priority class taking a ticket at {@code now} would face. */
    public Prediction forNewArrival(String serviceId, Priority priority, Instant now) {
        if (priority == null || priority == Priority.NORMAL) {
            return forNewArrival(serviceId, now);
        }
        long key = state.key(serviceId, priority, now);
        return predict(serviceId, state.serviceLine(serviceId).ahead(new WaitingLine.Entry(key, Long.MAX_VALUE)), 1,
                now);
    }

    /** The remaining wait of a waiting ticket at {@code now}; zero once called. */
    public Prediction forTicket(Ticket t, Instant now) {
        if (!t.isWaiting()) {
            return new Prediction(0, 0, capacity(t.serviceId(), 0, now)[0], 0);
        }
        return predict(t.serviceId(), core.peopleAhead(t), 0, now);
    }

    /**
     * {@code arriving}: 1 for a citizen about to take a ticket, who is counted in the service's
     * demand as the ticket will be — so the wait a kiosk shows before the ticket is the wait the
     * ticket says right after (PredictedWaitIT); 0 for a ticket already in the line.
     */
    private Prediction predict(String serviceId, int ahead, int arriving, Instant now) {
        double[] cap = capacity(serviceId, arriving, now);
        if (cap[0] <= 0) {
            return Prediction.NO_WINDOW;
        }
        double stages = ahead + 1 - cap[1];
        if (stages <= 0) {
            return new Prediction(0, 0, cap[0], 0);
        }
        double each = serviceMinutes(serviceId) / cap[0];
        double first = cap[2] > 0 ? 1 / cap[2] : each; // one window busy: what is left of its service
        double mean = stages >= 1 ? first + (stages - 1) * each : stages * first;
        // a gamma of that mean, its variance each departure's (as if exponential: first², then each²) plus the
        // estimate's (mean² times its relative variance); with first = each, the Erlang's k + k²·r² in departures
        ServiceTimes st = learned.get(serviceId);
        double variance = (stages >= 1 ? first * first + (stages - 1) * each * each : stages * first * first)
                + mean * mean * (st == null ? 0 : st.relativeVarianceOfMean());
        double shape = mean * mean / variance;
        return new Prediction(mean, erlangP90(shape) * mean / shape, cap[0], stages);
    }

    /**
     * [effective open windows, of which idle now, and when a single window serving the service is
     * busy, the rate (per minute) at which it frees a place for the service (its share over what is
     * left of its service); 0 otherwise] with {@code arriving} more citizens of the service in its
     * demand. A window's share is the service's demand (its waiting, the citizen predicted for, +1)
     * over the window's: a service nobody waits for takes none of it.
     */
    private double[] capacity(String serviceId, int arriving, Instant now) {
        double total = 0;
        double idle = 0;
        Ticket busyOne = null; // the ticket at the busy window, while there is only one
        double busyShare = 0;
        int busy = 0;
        int own = state.waiting(serviceId) + 1 + arriving;
        for (Window w : state.windows()) {
            if (w.state() != WindowState.OPEN || !w.serves(serviceId)) {
                continue;
            }
            double share = 1;
            if (w.skills().size() > 1) {
                double demand = 0;
                for (String s : w.skills()) {
                    demand += s.equals(serviceId) ? own : state.waiting(s);
                }
                share = own / demand;
            }
            total += share;
            Ticket serving = w.current() == null ? null : state.ticket(w.current());
            if (serving == null) {
                idle += share;
            } else {
                busyOne = serving;
                busyShare = share;
                busy++;
            }
        }
        return new double[] {total, idle, busy == 1 ? busyShare / remainingMinutes(busyOne, now) : 0};
    }

    /** What is left, expected, of the service of the ticket at a window at {@code now}. */
    private double remainingMinutes(Ticket serving, Instant now) {
        double mean = serviceMinutes(serving.serviceId());
        ServiceTimes st = learned.get(serving.serviceId());
        if (serving.calledAt() == null || st == null) {
            return mean;
        }
        return remainingMinutes(mean, st.cv2(), Duration.between(serving.calledAt(), now).toMillis() / 60_000.0);
    }

    /**
     * E[S − e | S > e] for a lognormal S of mean {@code mean} and squared coefficient of variation
     * {@code cv2}, after {@code elapsed} minutes: the whole mean at 0, then less while the service is
     * as long as most, and more again once it is longer than nearly all (a service past the
     * 99.997th percentile is taken as at it), never under a twentieth of the mean.
     */
    static double remainingMinutes(double mean, double cv2, double elapsed) {
        if (elapsed <= 0) {
            return mean;
        }
        double s2 = Math.log(1 + Math.max(cv2, 0.01));
        double s = Math.sqrt(s2);
        double mu = Math.log(mean) - s2 / 2;
        double z = Math.min((Math.log(elapsed) - mu) / s, 4);
        double e = Math.exp(mu + z * s);
        double lasting = upperTail(z); // P(S > e)
        double beyond = mean * upperTail(z - s); // E[S; S > e]
        return Math.max(beyond / lasting - e, mean / 20);
    }

    /** P(Z > z) for a standard normal Z (erfc by its Chebyshev fit, relative error under 1.2e-7). */
    static double upperTail(double z) {
        double x = Math.abs(z) / Math.sqrt(2);
        double t = 1 / (1 + 0.5 * x);
        double erfc = t * Math.exp(-x * x - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223
                + t * 0.17087277)))))))));
        return z >= 0 ? erfc / 2 : 1 - erfc / 2;
    }

    /** 90th percentile of a gamma(k, 1) variable (Wilson-Hilferty), k >= small positive. */
    static double erlangP90(double k) {
        double a = 1 / (9 * k);
        double x = k * Math.pow(1 - a + Z90 * Math.sqrt(a), 3);
        return Math.max(x, k);
    }
}
