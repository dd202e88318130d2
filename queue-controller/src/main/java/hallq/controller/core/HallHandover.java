package hallq.controller.core;

import hallq.protocol.city.Handover;
import java.time.Instant;

/**
 * A handover (代办转报) as this hall holds it: the city-wide record ({@link Handover}) and what only
 * this hall knows — the citizen's tracking {@code token} and the ticket it came from (at the station),
 * the pickup ticket when the citizen comes back for the result. {@code event} is what this version
 * records: one of this hall's own steps, or {@link Handover#HELD} when it only takes in the hub's
 * word; every version is one city event. {@code outgoing}: this hall is the station that sent it.
 */
public record HallHandover(Handover handover, boolean outgoing, String token, Long ticketId, String ticketNumber,
                           Long pickupTicketId, Handover.Step event, Instant changedAt) implements LedgerEntry {
    public String receipt() {
        return handover.receipt();
    }

    HallHandover next(Handover h, Handover.Step step, Instant at) {
        return new HallHandover(h, outgoing, token, ticketId, ticketNumber, pickupTicketId, step, at);
    }

    HallHandover withPickupTicket(long id, Instant at) {
        return new HallHandover(handover, outgoing, token, ticketId, ticketNumber, id,
                new Handover.Step("PICKUP_TICKET", at, null, null, String.valueOf(id)), at);
    }
}
