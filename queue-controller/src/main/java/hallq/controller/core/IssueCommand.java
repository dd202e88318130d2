package hallq.controller.core;

import hallq.protocol.Channel;
import hallq.protocol.Priority;
import java.time.LocalDate;

/**
 * Ask for a ticket. {@code token} is the unguessable key for the citizen's page (the caller makes
 * it from a secure random source); {@code clientRequestId} makes retries safe, and
 * {@code requestUsedOn} is the business day the store last saw that id on (null: never), so one
 * of an earlier day is refused rather than taken for today's. {@code person}: who the ID card says
 * it is for (null: no card was read).
 */
public record IssueCommand(String serviceId, Channel channel, Priority priority, String clientRequestId,
                           LocalDate requestUsedOn, Person person, String token, String actor) {

    /** A request whose clientRequestId (if any) the store has not seen on another day. */
    public IssueCommand(String serviceId, Channel channel, Priority priority, String clientRequestId,
                        Person person, String token, String actor) {
        this(serviceId, channel, priority, clientRequestId, null, person, token, actor);
    }

    /** The key the ticket stores (null: none). */
    public String personKey() {
        return person == null ? null : person.key();
    }
}
