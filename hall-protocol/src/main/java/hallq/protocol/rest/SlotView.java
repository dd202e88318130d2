package hallq.protocol.rest;

import java.time.LocalTime;

/**
 * One bookable slot of a service on a day. {@code quota} is what may be booked: the manager's
 * {@code override} if set, else the {@code proposed} quota (from capacity, demand and no-shows).
 */
public record SlotView(LocalTime start, LocalTime end, int quota, int booked, int available, int proposed,
                       Integer override) {
}
