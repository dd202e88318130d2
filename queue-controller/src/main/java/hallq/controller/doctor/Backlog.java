package hallq.controller.doctor;

import java.time.Instant;

/**
 * What waits to leave the hall for one receiver: ratings for a 好差评 sink, or events for the city
 * hub. {@code waiting} records not yet taken, the {@code oldest} of them (null: none), and when the
 * receiver last took any ({@code lastTaken}, null: never).
 */
public record Backlog(String receiver, long waiting, Instant oldest, Instant lastTaken) {
}
