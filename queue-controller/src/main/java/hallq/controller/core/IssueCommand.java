package hallq.controller.core;

import hallq.protocol.Channel;
import hallq.protocol.Priority;

/**
 * Ask for a ticket. {@code token} is the unguessable key for the citizen's page (the caller makes
 * it from a secure random source); {@code clientRequestId} makes retries safe.
 */
public record IssueCommand(String serviceId, Channel channel, Priority priority, String clientRequestId,
                           String personKey, String token, String actor) {
}
