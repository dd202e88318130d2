package hallq.controller.core;

import static hallq.controller.core.Outcome.Reason.CONFLICT;
import static hallq.controller.core.Outcome.Reason.INVALID;
import static hallq.controller.core.Outcome.Reason.NOT_FOUND;

import hallq.protocol.WindowState;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Opening, pausing, closing windows and changing what they serve and who staffs them. */
final class WindowControl {
    private final HallState state;

    WindowControl(HallState state) {
        this.state = state;
    }

    Outcome<Window> open(Window w, String clerk, Instant now, String actor) {
        if (w.state() == WindowState.OPEN) {
            return Outcome.rejected(CONFLICT, "window " + w.number() + " is already open");
        }
        Window opened = (clerk == null ? w : w.withClerk(clerk)).withState(WindowState.OPEN, now);
        return done(opened, new WindowEvent(w.number(), WindowEvent.Type.OPENED, now, actor, clerk));
    }

    Outcome<Window> pause(Window w, Instant now, String actor, String reason) {
        if (w.state() != WindowState.OPEN) {
            return Outcome.rejected(CONFLICT, "window " + w.number() + " is " + w.state() + ", not open");
        }
        if (w.current() != null) {
            return Outcome.rejected(CONFLICT, busy(w));
        }
        return done(w.withState(WindowState.PAUSED, now),
                new WindowEvent(w.number(), WindowEvent.Type.PAUSED, now, actor, reason));
    }

    Outcome<Window> resume(Window w, Instant now, String actor) {
        if (w.state() != WindowState.PAUSED) {
            return Outcome.rejected(CONFLICT, "window " + w.number() + " is " + w.state() + ", not paused");
        }
        return done(w.withState(WindowState.OPEN, now),
                new WindowEvent(w.number(), WindowEvent.Type.RESUMED, now, actor, null));
    }

    /** Closes a window; citizens transferred to it in particular go back to their service's line. */
    Outcome<Window> close(Window w, Instant now, String actor, String reason) {
        if (w.state() == WindowState.CLOSED) {
            return Outcome.rejected(CONFLICT, "window " + w.number() + " is already closed");
        }
        if (w.current() != null) {
            return Outcome.rejected(CONFLICT, busy(w));
        }
        Window closed = w.withState(WindowState.CLOSED, now);
        Change.Builder b = new Change.Builder()
                .window(closed, new WindowEvent(w.number(), WindowEvent.Type.CLOSED, now, actor, reason));
        for (var it = state.windowLine(w.number()).iterator(); it.hasNext(); ) {
            Ticket t = state.ticket(it.next().ticketId());
            b.ticket(t.requeued(t.status(), t.serviceId(), null),
                    CallDesk.event(t, TicketEvent.Type.TRANSFERRED, now, w, actor, "window " + w.number() + " closed"));
        }
        return Outcome.accepted(closed, b.build());
    }

    Outcome<Window> setSkills(Window w, List<String> services, Instant now, String actor) {
        if (services == null || services.isEmpty()) {
            return Outcome.rejected(INVALID, "a window must serve at least one service");
        }
        Set<String> seen = new HashSet<>();
        for (String s : services) {
            if (state.service(s) == null) {
                return Outcome.rejected(NOT_FOUND, "unknown service '" + s + "'");
            }
            if (!seen.add(s)) {
                return Outcome.rejected(INVALID, "service '" + s + "' is listed twice");
            }
        }
        return done(w.withSkills(services),
                new WindowEvent(w.number(), WindowEvent.Type.SKILLS_CHANGED, now, actor, String.join(",", services)));
    }

    /** A/B roles (AB角): a covering clerk takes over the window. */
    Outcome<Window> assignClerk(Window w, String clerk, Instant now, String actor) {
        if (clerk != null && (clerk.isBlank() || clerk.length() > 64)) {
            return Outcome.rejected(INVALID, "a clerk name must be 1-64 characters");
        }
        return done(w.withClerk(clerk),
                new WindowEvent(w.number(), WindowEvent.Type.CLERK_CHANGED, now, actor, clerk));
    }

    private static Outcome<Window> done(Window w, WindowEvent event) {
        return Outcome.accepted(w, new Change.Builder().window(w, event).build());
    }

    private String busy(Window w) {
        Ticket t = state.ticket(w.current());
        return "window " + w.number() + " still has " + t.number() + " (" + t.status()
                + "): complete, transfer or postpone it first";
    }
}
