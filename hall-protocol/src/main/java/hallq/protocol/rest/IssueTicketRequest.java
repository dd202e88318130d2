package hallq.protocol.rest;

import hallq.protocol.Channel;
import hallq.protocol.Priority;

/**
 * Ask for a ticket. {@code clientRequestId} (8-64 chars, chosen by the kiosk) makes the call
 * idempotent: a retry returns the same ticket. {@code personKey} is a keyed hash of the citizen's
 * ID number, never the number itself, for per-person caps.
 */
public record IssueTicketRequest(String serviceId, String clientRequestId, Channel channel, Priority priority,
                                 String personKey, String device) {
}
