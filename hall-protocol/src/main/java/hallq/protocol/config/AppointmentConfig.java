package hallq.protocol.config;

import java.util.List;

/**
 * Appointments (预约): bookable slots of {@code slotMinutes} on working days, up to
 * {@code bookAheadDays} ahead; {@code share} of each slot's capacity is offered for booking (the rest
 * stays for on-site tickets). Check-in is open from {@code earlyMinutes} before the slot until
 * {@code lateMinutes} after its start; a booking not checked in by then is a no-show. One person may
 * hold {@code perPersonActive} bookings at a time, one per service and day. {@code notBookable}
 * services take on-site tickets only. {@code bookingsPerMinute} limits bookings per client address.
 */
public record AppointmentConfig(Integer slotMinutes, Double share, Integer bookAheadDays, Integer earlyMinutes,
                                Integer lateMinutes, Integer perPersonActive, List<String> notBookable,
                                Integer bookingsPerMinute) {
    public AppointmentConfig {
        slotMinutes = slotMinutes == null ? 30 : slotMinutes;
        share = share == null ? 0.3 : share;
        bookAheadDays = bookAheadDays == null ? 7 : bookAheadDays;
        earlyMinutes = earlyMinutes == null ? 30 : earlyMinutes;
        lateMinutes = lateMinutes == null ? 15 : lateMinutes;
        perPersonActive = perPersonActive == null ? 3 : perPersonActive;
        notBookable = notBookable == null ? List.of() : List.copyOf(notBookable);
        bookingsPerMinute = bookingsPerMinute == null ? 10 : bookingsPerMinute;
    }

    public static AppointmentConfig defaults() {
        return new AppointmentConfig(null, null, null, null, null, null, null, null);
    }

    public boolean bookable(String serviceId) {
        return share > 0 && !notBookable.contains(serviceId);
    }
}
