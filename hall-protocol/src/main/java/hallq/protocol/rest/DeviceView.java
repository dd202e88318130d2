package hallq.protocol.rest;

import java.time.OffsetDateTime;

/**
 * A device as the controller last heard of it. {@code state}: ONLINE, WARNING (e.g. paper near
 * end), FAULT (e.g. paper out), OFFLINE (its Last Will, or it said so), STALE (a device that sends
 * heartbeats went quiet), UNKNOWN (configured but never heard). {@code since}: when it entered
 * that state; {@code lastSeen}: its latest message.
 */
public record DeviceView(String device, String kind, String state, String detail, Integer window, boolean configured,
                         OffsetDateTime since, OffsetDateTime lastSeen) {
}
