package hallq.controller.core;

import hallq.protocol.city.Handover;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

/**
 * A handover (代办转报) as this hall holds it: the city-wide record ({@link Handover}) and what only
 * this hall knows — the citizen's tracking {@code token} and the ticket it came from (at the station),
 * the pickup ticket when the citizen comes back for the result. {@code event} is what this version
 * records: one of this hall's own steps, or {@link Handover#HELD} when it only takes in the hub's
 * word; every version is one city event (except the hall's own notes: a pickup ticket, a deadline
 * missed). {@code outgoing}: this hall is the station that sent it; {@code personKey} the citizen's key there (the
 * ticket's, null when the ticket had no ID card; never at the receiving hall). {@code overdue}: the deadlines
 * ({@link #ACCEPT}, {@link #RESULT}) this hall has already raised its alert for, each once.
 */
public record HallHandover(Handover handover, boolean outgoing, String token, Long ticketId, String ticketNumber,
                           String personKey, Long pickupTicketId, Set<String> overdue, Handover.Step event,
                           Instant changedAt)
        implements LedgerEntry {
    /** Not a step: this hall noted a deadline missed ({@code detail}: {@link #ACCEPT} or {@link #RESULT}). */
    public static final String OVERDUE = "OVERDUE";
    /** The acceptance deadline (受理时限). */
    public static final String ACCEPT = "ACCEPT";
    /** The result's deadline (办结时限). */
    public static final String RESULT = "RESULT";

    public HallHandover {
        overdue = overdue == null ? Set.of() : Set.copyOf(overdue);
    }

    public String receipt() {
        return handover.receipt();
    }

    HallHandover next(Handover h, Handover.Step step, Instant at) {
        return new HallHandover(h, outgoing, token, ticketId, ticketNumber, personKey, pickupTicketId, overdue, step, at);
    }

    HallHandover withPickupTicket(long id, Instant at) {
        return new HallHandover(handover, outgoing, token, ticketId, ticketNumber, personKey, id, overdue,
                new Handover.Step("PICKUP_TICKET", at, null, null, String.valueOf(id)), at);
    }

    /** This handover with {@code deadline} ({@link #ACCEPT} or {@link #RESULT}) noted as missed at {@code at}. */
    HallHandover noteOverdue(String deadline, Instant at) {
        Set<String> noted = new TreeSet<>(overdue);
        noted.add(deadline);
        String hall = outgoing ? handover.fromHall() : handover.toHall();
        return new HallHandover(handover, outgoing, token, ticketId, ticketNumber, personKey, pickupTicketId, noted,
                new Handover.Step(OVERDUE, at, hall, "system", deadline), at);
    }
}
