package hallq.controller.core;

import static hallq.controller.core.Outcome.Reason.CONFLICT;
import static hallq.controller.core.Outcome.Reason.INVALID;
import static hallq.controller.core.Outcome.Reason.NOT_FOUND;

import hallq.controller.core.WorkOrder.Event;
import hallq.controller.core.WorkOrder.Status;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The rectification ledger: bad ratings open work orders; their deadlines are kept in working days. */
final class WorkOrderDesk {
    static final int ACCEPT_DAYS = 2;
    static final int FINISH_DAYS = 5;
    static final int MAX_EXTENSION = 15;
    static final int RETURN_DAYS = 2;
    private final HallState state;

    WorkOrderDesk(HallState state) {
        this.state = state;
    }

    /** The work order a bad rating opens (dispatched to the hall at once). */
    WorkOrder open(Rating r, Instant now) {
        LocalDate today = state.calendar().businessDate(now);
        LocalDate accept = addWorkingDays(today, ACCEPT_DAYS);
        LocalDate finish = addWorkingDays(today, FINISH_DAYS);
        String note = accept == null || finish == null ? "deadlines pending: the working-day calendar does not know "
                + "the coming days yet" : "好差评 " + r.label();
        return new WorkOrder(state.ledger().nextWorkOrderId(), r.id(), r.ticketId(), r.ticketNumber(), r.serviceId(),
                r.window(), r.clerk(), r.score(), r.comment(), Status.OPEN, now, today, accept, finish, 0, null, null,
                false, false, Event.OPENED, "system", note, now);
    }

    Outcome<WorkOrder> accept(long id, String handler, String actor, Instant now) {
        WorkOrder w = state.ledger().workOrder(id);
        if (w == null) {
            return Outcome.rejected(NOT_FOUND, "no work order " + id);
        }
        if (w.status() != Status.OPEN) {
            return Outcome.rejected(CONFLICT, "work order " + id + " is " + w.status() + "; only an open one is accepted");
        }
        String who = handler == null || handler.isBlank() ? actor : handler.strip();
        return done(w.next(Status.ACCEPTED, w.dispatchedOn(), w.acceptDue(), w.finishDue(), w.extendedDays(), who,
                null, w.acceptOverdue(), w.finishOverdue(), Event.ACCEPTED, actor, "承办：" + who, now));
    }

    /** Not this hall's matter: returned to the dispatcher within 2 working days, with the reason. */
    Outcome<WorkOrder> giveBack(long id, String reason, String actor, Instant now) {
        WorkOrder w = state.ledger().workOrder(id);
        if (w == null) {
            return Outcome.rejected(NOT_FOUND, "no work order " + id);
        }
        if (w.status() != Status.OPEN) {
            return Outcome.rejected(CONFLICT, "work order " + id + " is " + w.status() + "; only an open one is returned");
        }
        if (reason == null || reason.isBlank()) {
            return Outcome.rejected(INVALID, "say why the work order is returned");
        }
        LocalDate today = state.calendar().businessDate(now);
        LocalDate last = addWorkingDays(w.dispatchedOn(), RETURN_DAYS);
        if (last != null && today.isAfter(last)) {
            return Outcome.rejected(CONFLICT, "a work order is returned within " + RETURN_DAYS
                    + " working days of dispatch (by " + last + "); accept and handle it instead");
        }
        return done(w.next(Status.RETURNED, w.dispatchedOn(), w.acceptDue(), w.finishDue(), w.extendedDays(),
                w.handler(), null, w.acceptOverdue(), w.finishOverdue(), Event.RETURNED, actor, clip(reason), now));
    }

    /** A returned order sent out again: its deadlines start over. */
    Outcome<WorkOrder> redispatch(long id, String note, String actor, Instant now) {
        WorkOrder w = state.ledger().workOrder(id);
        if (w == null) {
            return Outcome.rejected(NOT_FOUND, "no work order " + id);
        }
        if (w.status() != Status.RETURNED) {
            return Outcome.rejected(CONFLICT, "work order " + id + " is " + w.status() + "; only a returned one is re-dispatched");
        }
        LocalDate today = state.calendar().businessDate(now);
        return done(w.next(Status.OPEN, today, addWorkingDays(today, ACCEPT_DAYS), addWorkingDays(today, FINISH_DAYS),
                0, null, null, false, false, Event.REDISPATCHED, actor, note == null ? null : clip(note), now));
    }

    /** An approved extension: at most 15 working days in all. */
    Outcome<WorkOrder> extend(long id, int days, String reason, String actor, Instant now) {
        WorkOrder w = state.ledger().workOrder(id);
        if (w == null) {
            return Outcome.rejected(NOT_FOUND, "no work order " + id);
        }
        if (w.status() != Status.OPEN && w.status() != Status.ACCEPTED) {
            return Outcome.rejected(CONFLICT, "work order " + id + " is " + w.status() + " and cannot be extended");
        }
        if (days < 1) {
            return Outcome.rejected(INVALID, "days must be 1 or more");
        }
        if (w.extendedDays() + days > MAX_EXTENSION) {
            return Outcome.rejected(CONFLICT, "extensions are at most " + MAX_EXTENSION + " working days in all; "
                    + (MAX_EXTENSION - w.extendedDays()) + " are left");
        }
        if (reason == null || reason.isBlank()) {
            return Outcome.rejected(INVALID, "say why the work order needs more time");
        }
        int total = w.extendedDays() + days;
        LocalDate finish = addWorkingDays(w.dispatchedOn(), FINISH_DAYS + total);
        return done(w.next(w.status(), w.dispatchedOn(), w.acceptDue(), finish, total, w.handler(), null,
                w.acceptOverdue(), w.finishOverdue() && finish != null && state.businessDate().isAfter(finish),
                Event.EXTENDED, actor, "+" + days + "：" + clip(reason), now));
    }

    Outcome<WorkOrder> finish(long id, String resolution, String actor, Instant now) {
        WorkOrder w = state.ledger().workOrder(id);
        if (w == null) {
            return Outcome.rejected(NOT_FOUND, "no work order " + id);
        }
        if (w.status() != Status.ACCEPTED) {
            return Outcome.rejected(CONFLICT, "work order " + id + " is " + w.status() + "; accept it first");
        }
        if (resolution == null || resolution.isBlank()) {
            return Outcome.rejected(INVALID, "record what was done (整改情况) and the reply to the citizen");
        }
        return done(w.next(Status.FINISHED, w.dispatchedOn(), w.acceptDue(), w.finishDue(), w.extendedDays(),
                w.handler(), clip(resolution), w.acceptOverdue(), w.finishOverdue(), Event.FINISHED, actor, null, now));
    }

    /** Orders that passed a deadline today, each noted once (the alert goes to managers). */
    Change overdue(Instant now) {
        LocalDate today = state.calendar().businessDate(now);
        Change.Builder b = new Change.Builder();
        for (WorkOrder w : state.ledger().openWorkOrders()) {
            if (w.status() == Status.OPEN && !w.acceptOverdue() && w.acceptDue() != null && today.isAfter(w.acceptDue())) {
                w = w.next(w.status(), w.dispatchedOn(), w.acceptDue(), w.finishDue(), w.extendedDays(), w.handler(),
                        w.resolution(), true, w.finishOverdue(), Event.ACCEPT_OVERDUE, "system",
                        "not accepted by " + w.acceptDue(), now);
                b.ledger(w);
            }
            if ((w.status() == Status.OPEN || w.status() == Status.ACCEPTED) && !w.finishOverdue()
                    && w.finishDue() != null && today.isAfter(w.finishDue())) {
                b.ledger(w.next(w.status(), w.dispatchedOn(), w.acceptDue(), w.finishDue(), w.extendedDays(),
                        w.handler(), w.resolution(), w.acceptOverdue(), true, Event.FINISH_OVERDUE, "system",
                        "not finished by " + w.finishDue(), now));
            }
        }
        return b.build();
    }

    private static Outcome<WorkOrder> done(WorkOrder w) {
        return Outcome.accepted(w, Change.ofLedger(List.of(w)));
    }

    private static String clip(String s) {
        String t = s.strip();
        return t.length() > 500 ? t.substring(0, 500) : t;
    }

    private LocalDate addWorkingDays(LocalDate from, int n) {
        return state.addWorkingDays(from, n);
    }
}
