package hallq.city.core;

import hallq.protocol.city.HallLive;
import hallq.protocol.rest.ServiceView;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * City supervision (广州市政务服务条例 art. 8, 19): from each hall's live figures and the handovers
 * waiting on it, the hub watches four conditions and raises a city alert once per episode — when one has held, by the hall's own
 * clock, for its {@link Kind#holdFor} — and closes it when the condition ends. Pure: the store keeps
 * since when each condition holds ({@link Held}) and applies the {@link Action}s.
 */
public final class CityWatch {
    private CityWatch() {
    }

    public enum Kind {
        /** A service's predicted wait over its target, with citizens waiting. */
        WAIT_OVER_TARGET(Duration.ofMinutes(10)),
        /** Citizens already waiting longer than their service's target. */
        WAITING_PAST_TARGET(Duration.ofMinutes(10)),
        /** Open windows free for minutes while citizens they serve wait (the hall counts those free 3 min or more). */
        IDLE_WHILE_WAITING(Duration.ofMinutes(5)),
        /**
         * Handovers to the hall past a deadline, still waiting on it (a deadline is already the slack:
         * raised with the next sample, so within one heartbeat).
         */
        HANDOVER_OVERDUE(Duration.ZERO);

        private final Duration holdFor;

        Kind(Duration holdFor) {
            this.holdFor = holdFor;
        }

        public Duration holdFor() {
            return holdFor;
        }
    }

    /** A condition as it stands in one live sample: how bad ({@code level}), where, and in words. */
    public record Condition(Kind kind, double level, String serviceId, String message) {
    }

    /** What the store holds of a condition at a hall: since when it holds, and the alert it raised (or null). */
    public record Held(Kind kind, Instant since, Long alertId) {
    }

    public enum Type {
        /** The condition begins: remember since when. */
        START,
        /** It held long enough: raise an alert (once for the episode). */
        RAISE,
        /** It still holds with its alert raised: keep the worst level. */
        PEAK,
        /** It ended: forget it, and close its alert if one was raised. */
        END
    }

    /** One thing for the store to do; {@code condition} is null for END, {@code alertId} null unless raised. */
    public record Action(Type type, Kind kind, Condition condition, Long alertId) {
    }

    /** The conditions that hold in one live sample, at most one per kind. */
    public static List<Condition> conditions(HallLive live) {
        return conditions(live, 0);
    }

    /** As above, with {@code overdueHandovers}: how many handovers to the hall wait on it past a deadline. */
    public static List<Condition> conditions(HallLive live, int overdueHandovers) {
        List<Condition> out = new ArrayList<>();
        ServiceView worst = worstOff(live.services());
        if (worst != null && ratio(worst) > 1) {
            out.add(new Condition(Kind.WAIT_OVER_TARGET, ratio(worst), worst.id(), String.format(Locale.ROOT,
                    "%s 预计等候 %.0f 分钟，超过 %d 分钟目标（%d 人等候）", worst.name(), worst.predictedWaitMinutes(),
                    worst.targetWaitMinutes(), worst.waiting())));
        }
        if (live.waitingPastTarget() > 0) {
            out.add(new Condition(Kind.WAITING_PAST_TARGET, live.waitingPastTarget(), null,
                    live.waitingPastTarget() + " 位群众等候已超过目标时间"));
        }
        if (live.idleWindows() > 0) {
            out.add(new Condition(Kind.IDLE_WHILE_WAITING, live.idleWindows(), null,
                    live.idleWindows() + " 个窗口空闲，而有群众在等候"));
        }
        if (overdueHandovers > 0) {
            out.add(new Condition(Kind.HANDOVER_OVERDUE, overdueHandovers, null,
                    overdueHandovers + " 件转报件超期未受理或未办结"));
        }
        return out;
    }

    /** What to do with one new live sample, given what is held of each kind. */
    public static List<Action> step(Map<Kind, Held> held, HallLive live) {
        return step(held, live, 0);
    }

    /** As above, with the handovers to the hall overdue at the sample's time. */
    public static List<Action> step(Map<Kind, Held> held, HallLive live, int overdueHandovers) {
        List<Action> out = new ArrayList<>();
        Map<Kind, Condition> now = new EnumMap<>(Kind.class);
        conditions(live, overdueHandovers).forEach(c -> now.put(c.kind(), c));
        for (Kind kind : Kind.values()) {
            Held h = held.get(kind);
            Condition c = now.get(kind);
            if (c == null) {
                if (h != null) {
                    out.add(new Action(Type.END, kind, null, h.alertId()));
                }
            } else if (h == null) {
                out.add(new Action(Type.START, kind, c, null));
            } else if (h.alertId() != null) {
                out.add(new Action(Type.PEAK, kind, c, h.alertId()));
            } else if (Duration.between(h.since(), live.at()).compareTo(kind.holdFor()) >= 0) {
                out.add(new Action(Type.RAISE, kind, c, null));
            }
        }
        return out;
    }

    /** The service with citizens waiting whose predicted wait is furthest over (or nearest to) its target; null if none. */
    public static ServiceView worstOff(List<ServiceView> services) {
        ServiceView worst = null;
        for (ServiceView q : services) {
            if (q.waiting() > 0 && q.predictedWaitMinutes() != null && q.targetWaitMinutes() > 0
                    && (worst == null || ratio(q) > ratio(worst))) {
                worst = q;
            }
        }
        return worst;
    }

    /** Predicted wait ÷ target. */
    static double ratio(ServiceView q) {
        return q.predictedWaitMinutes() / q.targetWaitMinutes();
    }
}
