package hallq.controller.core;

import hallq.protocol.TicketStatus;
import hallq.protocol.WindowState;
import hallq.protocol.config.ServiceConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.function.ToDoubleFunction;

/**
 * 效能监督 on every tick, during opening hours: findings are recorded once per episode (seed 001
 * art.18: 慢作为, 长时间离岗造成服务窗口无人办理业务).
 * <ul>
 *   <li>IDLE_WHILE_WAITING — an open window with nobody at it for {@code idleAfter} while a citizen it
 *   serves waits;</li>
 *   <li>UNATTENDED — a window paused for longer than {@code unattendedAfter};</li>
 *   <li>LONG_SERVICE — a citizen served for longer than {@code longServiceFactor} × the service's
 *   usual time (and at least 15 minutes more);</li>
 *   <li>OVER_TARGET — a citizen still waiting past the service's target wait.</li>
 * </ul>
 */
final class Supervision {
    static final Duration IDLE_AFTER = Duration.ofMinutes(3);
    static final Duration UNATTENDED_AFTER = Duration.ofMinutes(30);
    static final double LONG_SERVICE_FACTOR = 3;
    private final HallState state;
    private final Routing routing;

    Supervision(HallState state, Routing routing) {
        this.state = state;
        this.routing = routing;
    }

    Change check(Instant now, ToDoubleFunction<String> usualServiceMinutes) {
        if (!state.calendar().isOpen(now)) {
            return Change.NONE;
        }
        Change.Builder b = new Change.Builder();
        long[] next = {state.ledger().nextNoticeId()};
        for (Window w : state.windows()) {
            Duration since = Duration.between(w.since(), now);
            Instant free = state.freeSince(w);
            Duration idle = Duration.between(free, now);
            Ticket waiting = idleWhileWaiting(w, now);
            if (waiting != null) {
                note(b, next, Notice.Kind.IDLE_WHILE_WAITING, "idle:" + w.number() + ":" + free.toEpochMilli(),
                        now, waiting.serviceId(), w.number(), null, w.number() + "号窗口空闲 " + idle.toMinutes()
                                + " 分钟，而 " + waiting.number() + " 等候中");
            }
            if (w.state() == WindowState.PAUSED && since.compareTo(UNATTENDED_AFTER) >= 0) {
                note(b, next, Notice.Kind.UNATTENDED, "paused:" + w.number() + ":" + w.since().toEpochMilli(), now,
                        null, w.number(), null, w.number() + "号窗口暂停已 " + since.toMinutes() + " 分钟，窗口无人办理业务");
            }
        }
        for (Ticket t : state.tickets()) {
            if (!t.businessDate().equals(state.businessDate())) {
                continue;
            }
            ServiceConfig s = state.service(t.serviceId());
            if (s == null) {
                continue;
            }
            if (t.status() == TicketStatus.SERVING && t.startedAt() != null) {
                double usual = usualServiceMinutes.applyAsDouble(t.serviceId());
                double limit = Math.max(usual * LONG_SERVICE_FACTOR, usual + 15);
                long served = Duration.between(t.startedAt(), now).toMinutes();
                if (served > limit) {
                    note(b, next, Notice.Kind.LONG_SERVICE, "long:" + t.id() + ":" + t.startedAt().toEpochMilli(), now,
                            t.serviceId(), t.window(), t.id(), t.number() + " 在 " + t.window() + "号窗口已办理 " + served
                                    + " 分钟（通常约 " + Math.round(usual) + " 分钟）");
                }
            }
            if (pastTarget(t, s, now)) {
                long waited = Duration.between(t.issuedAt(), now).toMinutes();
                note(b, next, Notice.Kind.OVER_TARGET, "over:" + t.id(), now, t.serviceId(), null, t.id(),
                        t.number() + "（" + s.name() + "）已等候 " + waited + " 分钟，超过 " + s.targetWaitMinutes()
                                + " 分钟目标");
            }
        }
        return b.build();
    }

    /** The citizen an open window could call now, when it has been free for {@link #IDLE_AFTER}; else null. */
    private Ticket idleWhileWaiting(Window w, Instant now) {
        Duration idle = Duration.between(state.freeSince(w), now);
        return w.state() == WindowState.OPEN && w.current() == null && idle.compareTo(IDLE_AFTER) >= 0
                ? routing.pick(w, now) : null;
    }

    private static boolean pastTarget(Ticket t, ServiceConfig s, Instant now) {
        return t.isWaiting() && Duration.between(t.issuedAt(), now).toMinutes() > s.targetWaitMinutes();
    }

    /** The two counts the city watches, now: idle windows while citizens wait, citizens waiting past target. */
    QueueCore.Pressure pressure(Instant now) {
        int idle = 0;
        for (Window w : state.windows()) {
            idle += idleWhileWaiting(w, now) != null ? 1 : 0;
        }
        int past = 0;
        for (Ticket t : state.tickets()) {
            ServiceConfig s = state.service(t.serviceId());
            past += s != null && t.businessDate().equals(state.businessDate()) && pastTarget(t, s, now) ? 1 : 0;
        }
        return new QueueCore.Pressure(idle, past);
    }

    private void note(Change.Builder b, long[] next, Notice.Kind kind, String key, Instant now, String serviceId,
                      Integer window, Long ticket, String message) {
        if (state.ledger().noticed(key)) {
            return;
        }
        b.ledger(new Notice(next[0]++, kind, key, state.businessDate(), now, serviceId, window, ticket, message));
    }
}
