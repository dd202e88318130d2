package hallq.controller.core;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A booked slot (预约). {@code code} is typed at the kiosk, {@code token} keys the citizen's page,
 * {@code personKey} is the keyed hash of the ID number (never the number). {@code slotQuota} is the
 * slot's quota when it was booked (demand statistics).
 */
public record Appointment(long id, String code, String token, String serviceId, LocalDate date, LocalTime slotStart,
                          int slotMinutes, String personKey, String phone, Status status, Instant bookedAt,
                          Instant changedAt, Long ticketId, int slotQuota) implements LedgerEntry {
    public enum Status {
        BOOKED, CHECKED_IN, CANCELLED, NO_SHOW;

        /** Holds its slot: booked, used, or wasted by a no-show (a cancelled one frees it). */
        public boolean holdsSlot() {
            return this != CANCELLED;
        }
    }

    public LocalTime slotEnd() {
        return slotStart.plusMinutes(slotMinutes);
    }

    Appointment with(Status newStatus, Instant at, Long ticket) {
        return new Appointment(id, code, token, serviceId, date, slotStart, slotMinutes, personKey, phone, newStatus,
                bookedAt, at, ticket, slotQuota);
    }
}
