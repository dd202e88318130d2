package hallq.controller.core;

import hallq.protocol.config.OpeningHours;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/** Business days and opening hours in the hall's time zone (Asia/Shanghai for a Chinese hall). */
public record HallCalendar(ZoneId zone, OpeningHours hours, boolean enforceHours) {
    public LocalDate businessDate(Instant at) {
        return LocalDate.ofInstant(at, zone);
    }

    public LocalTime localTime(Instant at) {
        return LocalTime.ofInstant(at, zone);
    }

    public boolean isOpen(Instant at) {
        return !enforceHours || hours.isOpen(localTime(at));
    }
}
