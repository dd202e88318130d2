package hallq.controller.core;

import hallq.protocol.Channel;
import hallq.protocol.Priority;
import hallq.protocol.TicketStatus;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A ticket as the controller holds it (immutable; a change makes a new one). {@code placeAt} is
 * where it stands in line: the original issue time, kept through transfers and postponement.
 * {@code targetWindow} is set when a clerk transferred the citizen to one window in particular.
 */
public record Ticket(long id, LocalDate businessDate, String serviceId, int seq, String number, Channel channel,
                     Priority priority, TicketStatus status, Instant issuedAt, Instant placeAt, Instant calledAt,
                     Instant startedAt, Instant finishedAt, Integer window, Integer targetWindow, int callCount,
                     String token, String clientRequestId, String personKey) {

    public Ticket withStatus(TicketStatus newStatus) {
        return new Ticket(id, businessDate, serviceId, seq, number, channel, priority, newStatus, issuedAt, placeAt,
                calledAt, startedAt, finishedAt, window, targetWindow, callCount, token, clientRequestId, personKey);
    }

    Ticket called(int windowNumber, Instant at) {
        return new Ticket(id, businessDate, serviceId, seq, number, channel, priority, TicketStatus.CALLED, issuedAt,
                placeAt, at, null, null, windowNumber, null, callCount + 1, token, clientRequestId, personKey);
    }

    Ticket recalled() {
        return new Ticket(id, businessDate, serviceId, seq, number, channel, priority, status, issuedAt, placeAt,
                calledAt, startedAt, finishedAt, window, targetWindow, callCount + 1, token, clientRequestId, personKey);
    }

    Ticket started(Instant at) {
        return new Ticket(id, businessDate, serviceId, seq, number, channel, priority, TicketStatus.SERVING, issuedAt,
                placeAt, calledAt, at, null, window, targetWindow, callCount, token, clientRequestId, personKey);
    }

    Ticket finished(TicketStatus end, Instant at) {
        return new Ticket(id, businessDate, serviceId, seq, number, channel, priority, end, issuedAt, placeAt,
                calledAt, startedAt, at, window, targetWindow, callCount, token, clientRequestId, personKey);
    }

    /** Back in line at its original place: for a transfer, a postponed citizen, or a window that closed. */
    Ticket requeued(TicketStatus newStatus, String toService, Integer toWindow) {
        return new Ticket(id, businessDate, toService, seq, number, channel, priority, newStatus, issuedAt, placeAt,
                null, null, null, null, toWindow, 0, token, clientRequestId, personKey);
    }

    public boolean isWaiting() {
        return status == TicketStatus.WAITING;
    }
}
