package hallq.protocol.rest;

import hallq.protocol.ResidentId;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Book a slot: service, day, the slot's start time, and the citizen's ID number (kept only as a
 * keyed hash, for the per-person caps) and optionally a phone number for reminders.
 */
public record BookingRequest(String serviceId, LocalDate date, LocalTime slot, String idNumber, String phone) {
    @Override
    public String toString() {
        return "BookingRequest[serviceId=" + serviceId + ", date=" + date + ", slot=" + slot + ", idNumber="
                + (idNumber == null ? null : ResidentId.mask(idNumber)) + "]";
    }
}
