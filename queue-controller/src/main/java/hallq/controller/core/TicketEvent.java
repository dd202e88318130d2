package hallq.controller.core;

import java.time.Instant;

/** One recorded step of a ticket's path (全程留痕): who did what, when, at which window. */
public record TicketEvent(long ticketId, Type type, Instant at, Integer window, String actor, String detail) {
    public enum Type {
        ISSUED, CALLED, RECALLED, STARTED, COMPLETED, NO_SHOW, TRANSFERRED, POSTPONED, RETURNED, VOIDED, EXPIRED
    }
}
