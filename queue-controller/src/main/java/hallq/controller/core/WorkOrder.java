package hallq.controller.core;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A rectification work order (差评工单) opened by a bad rating. Deadlines in working days from
 * dispatch (seed 001 art.20): accept within 2, finish within 5, extended with approval by at most 15
 * in total; a misrouted order is returned within 2 and, once re-dispatched, its deadlines start
 * again. Each version records the {@code event} that made it, by {@code actor}, with a {@code note}.
 * Due dates are null when the working-day calendar does not know the dates yet.
 */
public record WorkOrder(long id, long ratingId, long ticketId, String ticketNumber, String serviceId, int window,
                        String clerk, int score, String comment, Status status, Instant openedAt,
                        LocalDate dispatchedOn, LocalDate acceptDue, LocalDate finishDue, int extendedDays,
                        String handler, String resolution, boolean acceptOverdue, boolean finishOverdue,
                        Event event, String actor, String note, Instant at) implements LedgerEntry {
    public enum Status {
        OPEN, ACCEPTED, RETURNED, FINISHED;

        public boolean isOpen() {
            return this != FINISHED;
        }
    }

    public enum Event {
        OPENED, ACCEPTED, RETURNED, REDISPATCHED, EXTENDED, FINISHED, ACCEPT_OVERDUE, FINISH_OVERDUE
    }

    WorkOrder next(Status newStatus, LocalDate dispatched, LocalDate accept, LocalDate finish, int extended,
                   String newHandler, String newResolution, boolean acceptLate, boolean finishLate, Event e,
                   String by, String text, Instant when) {
        return new WorkOrder(id, ratingId, ticketId, ticketNumber, serviceId, window, clerk, score, comment, newStatus,
                openedAt, dispatched, accept, finish, extended, newHandler, newResolution, acceptLate, finishLate, e,
                by, text, when);
    }
}
