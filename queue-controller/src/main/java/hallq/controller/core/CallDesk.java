package hallq.controller.core;

import static hallq.controller.core.Outcome.Reason.CONFLICT;
import static hallq.controller.core.Outcome.Reason.INVALID;
import static hallq.controller.core.Outcome.Reason.NOT_FOUND;

import hallq.controller.core.TicketEvent.Type;
import hallq.protocol.TicketStatus;
import hallq.protocol.WindowState;
import java.time.Instant;

/** What a clerk does with citizens at a window: call, recall, start, complete, no-show, transfer, postpone. */
final class CallDesk {
    /** A 办件编号 as a clerk may give it at completion. */
    static final String CASE_NUMBER = "[0-9A-Za-z_-]{1,64}";
    private final HallState state;
    private final Routing routing;

    CallDesk(HallState state, Routing routing) {
        this.state = state;
        this.routing = routing;
    }

    /**
     * Calls the most urgent eligible citizen. A citizen still being served is completed first
     * (the "next" key means "done, next please"); one called but not yet arrived must be started,
     * recalled or marked no-show first. Accepted with a null ticket when nobody is waiting.
     */
    Outcome<Ticket> callNext(Window w, Instant now, String actor) {
        if (w.state() != WindowState.OPEN) {
            return Outcome.rejected(CONFLICT, "window " + w.number() + " is " + w.state() + "; resume or open it first");
        }
        Change.Builder b = new Change.Builder();
        Ticket at = current(w);
        if (at != null && at.status() == TicketStatus.CALLED) {
            return Outcome.rejected(CONFLICT, "window " + w.number() + " has called " + at.number()
                    + " who has not arrived: start, recall or mark no-show first");
        }
        if (at != null) {
            b.ticket(at.finished(TicketStatus.DONE, now), event(at, Type.COMPLETED, now, w, actor, "by next"));
            w = w.withCurrent(null);
            b.window(w);
        }
        Ticket next = routing.pick(w, now);
        if (next == null) {
            return Outcome.accepted(null, b.build());
        }
        return Outcome.accepted(call(next, w, now, actor, b), b.build());
    }

    /** Calls one ticket out of order (a returning citizen, a postponed one, a specific number). */
    Outcome<Ticket> callTicket(Window w, String number, Instant now, String actor) {
        Ticket t = state.ticketByNumber(number);
        if (t == null) {
            return Outcome.rejected(NOT_FOUND, "no ticket " + number + " today");
        }
        if (w.state() != WindowState.OPEN) {
            return Outcome.rejected(CONFLICT, "window " + w.number() + " is " + w.state() + "; resume or open it first");
        }
        if (current(w) != null) {
            return Outcome.rejected(CONFLICT, "window " + w.number() + " is busy with " + current(w).number()
                    + ": complete, transfer or postpone it first");
        }
        boolean callable = t.status() == TicketStatus.WAITING || t.status() == TicketStatus.POSTPONED
                || t.status() == TicketStatus.NO_SHOW;
        if (!callable) {
            return Outcome.rejected(CONFLICT, "ticket " + number + " is " + t.status() + " and cannot be called");
        }
        if (!w.serves(t.serviceId()) && !Integer.valueOf(w.number()).equals(t.targetWindow())) {
            return Outcome.rejected(CONFLICT, "window " + w.number() + " does not serve " + t.serviceId());
        }
        Change.Builder b = new Change.Builder();
        return Outcome.accepted(call(t, w, now, actor, b), b.build());
    }

    private Ticket call(Ticket t, Window w, Instant now, String actor, Change.Builder b) {
        Ticket called = t.called(w.number(), now);
        Window busy = w.withCurrent(t.id());
        b.ticket(called, event(t, Type.CALLED, now, w, actor, "was " + t.status()));
        b.window(busy);
        b.call(new Call(called, busy, false));
        return called;
    }

    Outcome<Ticket> recall(Window w, Instant now, String actor) {
        Ticket t = current(w);
        if (t == null || t.status() != TicketStatus.CALLED) {
            return Outcome.rejected(CONFLICT, "window " + w.number() + " has no called citizen to recall");
        }
        Ticket again = t.recalled();
        Change.Builder b = new Change.Builder()
                .ticket(again, event(t, Type.RECALLED, now, w, actor, "call " + again.callCount()));
        b.call(new Call(again, w, true));
        return Outcome.accepted(again, b.build());
    }

    Outcome<Ticket> start(Window w, Instant now, String actor) {
        Ticket t = current(w);
        if (t == null || t.status() != TicketStatus.CALLED) {
            return Outcome.rejected(CONFLICT, "window " + w.number() + " has no called citizen to start serving");
        }
        Ticket serving = t.started(now);
        return Outcome.accepted(serving, new Change.Builder()
                .ticket(serving, event(t, Type.STARTED, now, w, actor, null)).build());
    }

    Outcome<Ticket> complete(Window w, Instant now, String actor) {
        return complete(w, now, actor, null);
    }

    /** As above, with the 办件编号 the clerk gave (null: none), kept as the COMPLETED event's detail. */
    Outcome<Ticket> complete(Window w, Instant now, String actor, String caseNumber) {
        String caseNo = caseNumber == null || caseNumber.isBlank() ? null : caseNumber.strip();
        if (caseNo != null && !caseNo.matches(CASE_NUMBER)) {
            return Outcome.rejected(INVALID, "caseNumber: the 办件编号, 1-64 letters, digits, '-' or '_'");
        }
        Ticket t = current(w);
        if (t == null) {
            return Outcome.rejected(CONFLICT, "window " + w.number() + " has no citizen to complete");
        }
        Ticket done = t.finished(TicketStatus.DONE, now);
        return Outcome.accepted(done, new Change.Builder()
                .ticket(done, event(t, Type.COMPLETED, now, w, actor, caseNo)).window(w.withCurrent(null)).build());
    }

    Outcome<Ticket> noShow(Window w, Instant now, String actor) {
        Ticket t = current(w);
        if (t == null || t.status() != TicketStatus.CALLED) {
            return Outcome.rejected(CONFLICT, "window " + w.number()
                    + " has no called citizen to mark no-show (a citizen being served must be completed)");
        }
        Ticket missed = t.finished(TicketStatus.NO_SHOW, now);
        return Outcome.accepted(missed, new Change.Builder()
                .ticket(missed, event(t, Type.NO_SHOW, now, w, actor, "after " + t.callCount() + " calls"))
                .window(w.withCurrent(null)).build());
    }

    /** To another service and/or one window; the citizen keeps the place of the original ticket. */
    Outcome<Ticket> transfer(Window w, String toService, Integer toWindow, Instant now, String actor) {
        Ticket t = current(w);
        if (t == null) {
            return Outcome.rejected(CONFLICT, "window " + w.number() + " has no citizen to transfer");
        }
        String service = toService == null ? t.serviceId() : toService;
        if (state.service(service) == null) {
            return Outcome.rejected(NOT_FOUND, "unknown service '" + toService + "'");
        }
        if (toWindow != null && state.window(toWindow) == null) {
            return Outcome.rejected(NOT_FOUND, "no window " + toWindow);
        }
        if (toService == null && toWindow == null) {
            return Outcome.rejected(Outcome.Reason.INVALID, "a transfer needs toService, toWindow or both");
        }
        if (toWindow != null && toWindow == w.number()) {
            return Outcome.rejected(CONFLICT, "cannot transfer to the same window");
        }
        Ticket moved = t.requeued(TicketStatus.WAITING, service, toWindow);
        String detail = t.serviceId() + "->" + service + (toWindow == null ? "" : " window " + toWindow);
        return Outcome.accepted(moved, new Change.Builder()
                .ticket(moved, event(t, Type.TRANSFERRED, now, w, actor, detail)).window(w.withCurrent(null)).build());
    }

    Outcome<Ticket> postpone(Window w, Instant now, String actor, String reason) {
        Ticket t = current(w);
        if (t == null) {
            return Outcome.rejected(CONFLICT, "window " + w.number() + " has no citizen to postpone");
        }
        Ticket parked = t.requeued(TicketStatus.POSTPONED, t.serviceId(), null);
        return Outcome.accepted(parked, new Change.Builder()
                .ticket(parked, event(t, Type.POSTPONED, now, w, actor, reason)).window(w.withCurrent(null)).build());
    }

    Ticket current(Window w) {
        return w.current() == null ? null : state.ticket(w.current());
    }

    static TicketEvent event(Ticket t, Type type, Instant now, Window w, String actor, String detail) {
        return new TicketEvent(t.id(), type, now, w == null ? null : w.number(), actor, detail);
    }
}
