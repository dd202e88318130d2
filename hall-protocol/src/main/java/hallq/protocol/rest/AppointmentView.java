package hallq.protocol.rest;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;

/**
 * An appointment as its holder sees it. {@code code} is what the citizen types at the kiosk;
 * {@code token} keys the citizen's page (cancel, status). {@code status}: BOOKED, CHECKED_IN,
 * CANCELLED, NO_SHOW; {@code ticket} once checked in.
 */
public record AppointmentView(String code, String token, String serviceId, String serviceName, LocalDate date,
                              LocalTime slotStart, LocalTime slotEnd, String status, OffsetDateTime checkInFrom,
                              OffsetDateTime checkInUntil, String ticket, OffsetDateTime bookedAt) {
}
