package hallq.protocol.rest;

import java.time.OffsetDateTime;

/** One step of a ticket's recorded path (全程留痕). */
public record TicketEventView(String type, OffsetDateTime at, Integer window, String actor, String detail) {
}
