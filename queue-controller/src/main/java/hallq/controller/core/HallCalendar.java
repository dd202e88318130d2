package hallq.controller.core;

import hallq.protocol.config.HallConfig;
import hallq.protocol.config.OpeningHours;
import hallq.protocol.config.SessionConfig;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Business days and opening hours in the hall's time zone (Asia/Shanghai for a Chinese hall). The
 * regular {@code hours} apply on working days — every day when no working-day calendar is configured;
 * on a date the calendar does not know yet, Monday to Friday (the hall keeps taking citizens while
 * its calendar file waits for next year's holidays). {@code sessions} add hours on their days, for
 * their services: extended weekday hours, weekend and holiday sessions (R7).
 */
public record HallCalendar(ZoneId zone, OpeningHours hours, boolean enforceHours, WorkingDays workingDays,
                           List<SessionConfig> sessions) {
    public HallCalendar {
        sessions = sessions == null ? List.of() : List.copyOf(sessions);
    }

    public HallCalendar(ZoneId zone, OpeningHours hours, boolean enforceHours) {
        this(zone, hours, enforceHours, null, List.of());
    }

    /** The calendar of a configured hall. */
    public static HallCalendar of(HallConfig config, boolean enforceHours) {
        WorkingDays workingDays = config.calendar() == null ? null : WorkingDays.of(config.calendar());
        return new HallCalendar(ZoneId.of(config.hall().timezone()), OpeningHours.parse(config.hall().hours()),
                enforceHours, workingDays, config.sessions());
    }

    public LocalDate businessDate(Instant at) {
        return LocalDate.ofInstant(at, zone);
    }

    public LocalTime localTime(Instant at) {
        return LocalTime.ofInstant(at, zone);
    }

    /** Whether the hall is open for anything now (some service takes tickets). */
    public boolean isOpen(Instant at) {
        return isOpen(at, null);
    }

    /** Whether the hall takes tickets for a service now ({@code serviceId} null: for any). */
    public boolean isOpen(Instant at, String serviceId) {
        if (!enforceHours) {
            return true;
        }
        LocalTime t = localTime(at);
        return periods(businessDate(at), serviceId).stream().anyMatch(p -> p.contains(t));
    }

    /**
     * How long the hall was open for any service within {@code [from, to]}: all of it when hours are
     * not enforced. Overlapping periods count twice, which errs on the long side.
     */
    public Duration openTime(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        if (!enforceHours) {
            return Duration.between(from, to);
        }
        Duration total = Duration.ZERO;
        for (LocalDate d = businessDate(from); !d.isAfter(businessDate(to)); d = d.plusDays(1)) {
            for (OpeningHours.Period p : periods(d, null)) {
                Instant start = later(d.atTime(p.start()).atZone(zone).toInstant(), from);
                Instant end = earlier(d.atTime(p.end()).atZone(zone).toInstant(), to);
                if (end.isAfter(start)) {
                    total = total.plus(Duration.between(start, end));
                }
            }
        }
        return total;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    /** The opening periods of a day for a service ({@code null}: any service), in order. */
    public List<OpeningHours.Period> periods(LocalDate date, String serviceId) {
        return regularDay(date) ? merged(hours.periods(), sessionPeriods(date, serviceId))
                : sessionPeriods(date, serviceId);
    }

    /** The periods the sessions add on a day for a service ({@code null}: any), in order. */
    public List<OpeningHours.Period> sessionPeriods(LocalDate date, String serviceId) {
        List<OpeningHours.Period> out = new ArrayList<>();
        for (SessionConfig s : sessions) {
            if (s.appliesOn(date) && (serviceId == null || s.serves(serviceId))) {
                out.addAll(OpeningHours.parse(s.hours()).periods());
            }
        }
        out.sort(Comparator.comparing(OpeningHours.Period::start));
        return out;
    }

    static List<OpeningHours.Period> merged(List<OpeningHours.Period> a, List<OpeningHours.Period> b) {
        List<OpeningHours.Period> out = new ArrayList<>(a);
        out.addAll(b);
        out.sort(Comparator.comparing(OpeningHours.Period::start));
        return out;
    }

    /** The hours to show for a day: regular hours and sessions, e.g. "09:00-12:00, 13:00-17:00". */
    public String describe(LocalDate date, String serviceId) {
        List<OpeningHours.Period> p = periods(date, serviceId);
        return p.isEmpty() ? "closed on " + date : String.join(", ", p.stream().map(Object::toString).toList());
    }

    private boolean regularDay(LocalDate date) {
        if (workingDays == null) {
            return true;
        }
        if (!workingDays.knows(date)) {
            return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
        }
        return workingDays.isWorkingDay(date);
    }
}
