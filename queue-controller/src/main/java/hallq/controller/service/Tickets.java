package hallq.controller.service;

import hallq.controller.core.IssueCommand;
import hallq.controller.core.Outcome;
import hallq.controller.core.Ticket;
import hallq.protocol.rest.IssueTicketRequest;
import hallq.protocol.rest.TicketView;
import java.time.LocalDate;
import java.util.List;

/** Taking a number, a kiosk voiding one it could not print, and reading tickets. */
public final class Tickets {
    private final HallWriter writer;
    private final QueueStore store;
    private final PersonKeys personKeys;
    private final Tokens tokens;

    Tickets(HallWriter writer, QueueStore store, PersonKeys personKeys, Tokens tokens) {
        this.writer = writer;
        this.store = store;
        this.personKeys = personKeys;
        this.tokens = tokens;
    }

    /** A new ticket, or the one an earlier attempt with the same {@code clientRequestId} made. */
    public TicketView issue(IssueTicketRequest r, String actor) {
        IssueCommand command = new IssueCommand(r.serviceId(), r.channel(), r.priority(), r.clientRequestId(),
                requestUsedOn(store, r.clientRequestId()), personKeys.person(r.idNumber()), tokens.token(), actor);
        return writer.submit((hall, now) -> hall.core().issue(command, now), Tickets::view);
    }

    /** The kiosk could not print this ticket: void it so it is never called. */
    public TicketView voidTicket(String token, String actor, String reason) {
        return writer.submit((hall, now) -> hall.core().voidTicket(token, now, actor, reason),
                (hall, t) -> hall.views().ticket(t, 0, null));
    }

    /** Today's ticket behind a citizen's page, with its history if asked. */
    public TicketView ticket(String token, boolean withEvents) {
        return writer.read(hall -> withHistory(hall, hall.core().state().ticketByToken(token), withEvents,
                "no such ticket today"));
    }

    public TicketView ticketByNumber(String number) {
        return writer.read(hall -> withHistory(hall, hall.core().state().ticketByNumber(number), true,
                "no ticket " + number + " today"));
    }

    private TicketView withHistory(HallModel hall, Ticket t, boolean withEvents, String missing) {
        if (t == null) {
            throw new Rejection(Outcome.Reason.NOT_FOUND, missing);
        }
        try {
            return hall.views().ticket(t, hall.core().peopleAhead(t), withEvents ? store.events(t.id()) : null);
        } catch (StoreException e) {
            throw new StorageFailure("could not read the ticket's history", e);
        }
    }

    /** The next tickets window {@code window} would call, in order: a clerk console's "next in line". */
    public List<TicketView> upcoming(int window, int max) {
        return writer.read(hall -> {
            if (hall.core().state().window(window) == null) {
                throw new Rejection(Outcome.Reason.NOT_FOUND, "no window " + window);
            }
            return hall.core().upcoming(window, writer.clock().instant(), max).stream()
                    .map(t -> view(hall, t)).toList();
        });
    }

    static TicketView view(HallModel hall, Ticket t) {
        return hall.views().ticket(t, hall.core().peopleAhead(t), null);
    }

    /**
     * The business day a clientRequestId was last used on (null: never), read before the command
     * is planned, so the core can refuse one of an earlier day and planning reads no store.
     */
    static LocalDate requestUsedOn(QueueStore store, String clientRequestId) {
        if (clientRequestId == null) {
            return null;
        }
        try {
            return store.dayOfRequest(clientRequestId);
        } catch (StoreException e) {
            throw new StorageFailure("could not check the clientRequestId", e);
        }
    }
}
