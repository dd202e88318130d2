package hallq.controller.core;

import hallq.protocol.Channel;
import hallq.protocol.Priority;
import hallq.protocol.TicketStatus;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A ticket as the controller holds it (immutable; a change makes a new one): what it was issued as
 * ({@link Origin}, never changes), the service it now waits for (a transfer changes it), where it
 * is in its life ({@code status}, {@link Times}, the window that called it, how often), and
 * {@code targetWindow} when a clerk transferred the citizen to one window in particular.
 */
public record Ticket(long id, Origin origin, String serviceId, TicketStatus status, Times times, Integer window,
                     Integer targetWindow, int callCount) {

    /**
     * Fixed when the ticket is issued: its business day, number (the service's prefix and
     * {@code seq}), how it was taken, its citizen page's token, the kiosk's request id, and the keyed
     * hash of the ID number (null when none was read).
     */
    public record Origin(LocalDate businessDate, int seq, String number, Channel channel, Priority priority,
                         String token, String clientRequestId, String personKey) {
    }

    /**
     * When things happened. {@code placeAt} is where the ticket stands in line: the issue time, kept
     * through transfers and postponement. Called, started and finished are null until they happen.
     */
    public record Times(Instant issuedAt, Instant placeAt, Instant calledAt, Instant startedAt, Instant finishedAt) {
        /** A new ticket: in line from the moment it is issued. */
        static Times issued(Instant at) {
            return new Times(at, at, null, null, null);
        }
    }

    /** A new ticket, waiting, never called. */
    static Ticket issued(long id, Origin origin, String serviceId, Instant at) {
        return new Ticket(id, origin, serviceId, TicketStatus.WAITING, Times.issued(at), null, null, 0);
    }

    public Ticket withStatus(TicketStatus newStatus) {
        return new Ticket(id, origin, serviceId, newStatus, times, window, targetWindow, callCount);
    }

    Ticket called(int windowNumber, Instant at) {
        return new Ticket(id, origin, serviceId, TicketStatus.CALLED,
                new Times(times.issuedAt(), times.placeAt(), at, null, null), windowNumber, null, callCount + 1);
    }

    Ticket recalled() {
        return new Ticket(id, origin, serviceId, status, times, window, targetWindow, callCount + 1);
    }

    Ticket started(Instant at) {
        return new Ticket(id, origin, serviceId, TicketStatus.SERVING,
                new Times(times.issuedAt(), times.placeAt(), times.calledAt(), at, null), window, targetWindow,
                callCount);
    }

    Ticket finished(TicketStatus end, Instant at) {
        return new Ticket(id, origin, serviceId, end,
                new Times(times.issuedAt(), times.placeAt(), times.calledAt(), times.startedAt(), at), window,
                targetWindow, callCount);
    }

    /** Back in line at its original place: for a transfer, a postponed citizen, or a window that closed. */
    Ticket requeued(TicketStatus newStatus, String toService, Integer toWindow) {
        return new Ticket(id, origin, toService, newStatus,
                new Times(times.issuedAt(), times.placeAt(), null, null, null), null, toWindow, 0);
    }

    public boolean isWaiting() {
        return status == TicketStatus.WAITING;
    }

    public LocalDate businessDate() {
        return origin.businessDate();
    }

    public int seq() {
        return origin.seq();
    }

    public String number() {
        return origin.number();
    }

    public Channel channel() {
        return origin.channel();
    }

    public Priority priority() {
        return origin.priority();
    }

    public String token() {
        return origin.token();
    }

    public String clientRequestId() {
        return origin.clientRequestId();
    }

    public String personKey() {
        return origin.personKey();
    }

    public Instant issuedAt() {
        return times.issuedAt();
    }

    public Instant placeAt() {
        return times.placeAt();
    }

    public Instant calledAt() {
        return times.calledAt();
    }

    public Instant startedAt() {
        return times.startedAt();
    }

    public Instant finishedAt() {
        return times.finishedAt();
    }
}
