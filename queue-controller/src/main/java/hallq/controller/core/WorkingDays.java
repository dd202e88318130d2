package hallq.controller.core;

import hallq.protocol.config.CalendarConfig;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Working days (工作日) as a Chinese government office counts them: not a weekend day, not a public
 * holiday, and a weekend day made a working day by the holiday schedule (调休上班) counts. Only the
 * years of the configured calendar are known; any other date is refused with {@link UnknownYear}
 * rather than counted as if its year had no holidays. Pure: dates in, dates out.
 */
public final class WorkingDays {
    private final Set<DayOfWeek> weekend;
    private final Map<LocalDate, String> holidays = new HashMap<>();
    private final Set<LocalDate> swappedWorkdays = new HashSet<>();
    private final TreeSet<Integer> years = new TreeSet<>();
    private final String source;

    /** A date outside the years the calendar knows: its holidays are not known, so nothing is counted. */
    public static final class UnknownYear extends IllegalStateException {
        private final LocalDate date;

        UnknownYear(LocalDate date, String message) {
            super(message);
            this.date = date;
        }

        public LocalDate date() {
            return date;
        }
    }

    private WorkingDays(Set<DayOfWeek> weekend, String source) {
        this.weekend = weekend.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(weekend);
        this.source = source;
    }

    /** The calendar of a (validated) configuration; null means none is configured and every date is refused. */
    public static WorkingDays of(CalendarConfig config) {
        if (config == null) {
            return new WorkingDays(Set.of(), "no calendar");
        }
        WorkingDays days = new WorkingDays(Set.copyOf(config.weekend()),
                config.file() == null ? "the hall configuration's calendar" : config.file());
        for (CalendarConfig.Year y : config.years()) {
            days.years.add(y.year());
            for (CalendarConfig.Holiday h : y.holidays()) {
                for (LocalDate d = h.from(); !d.isAfter(h.to()); d = d.plusDays(1)) {
                    days.holidays.put(d, h.name());
                }
            }
            y.workdays().forEach(w -> days.swappedWorkdays.add(w.date()));
        }
        return days;
    }

    /** The years whose holidays are known, in order. */
    public List<Integer> knownYears() {
        return List.copyOf(years);
    }

    public boolean knows(LocalDate date) {
        return years.contains(date.getYear());
    }

    public boolean isWorkingDay(LocalDate date) {
        requireKnown(date);
        if (swappedWorkdays.contains(date)) {
            return true;
        }
        return !holidays.containsKey(date) && !weekend.contains(date.getDayOfWeek());
    }

    /** The holiday a date belongs to (e.g. 国庆节), or null. */
    public String holiday(LocalDate date) {
        requireKnown(date);
        return holidays.get(date);
    }

    /**
     * The {@code n}-th working day after {@code start} ({@code start} itself is not counted, so a work
     * order opened on a Friday with 2 working days is due on Tuesday); a negative {@code n} counts back
     * before {@code start}, and 0 gives {@code start}.
     */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        int step = n < 0 ? -1 : 1;
        LocalDate d = start;
        for (int left = Math.abs(n); left > 0; ) {
            d = d.plusDays(step);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    /**
     * Working days {@code d} with {@code a < d <= b} (negative when {@code b} is before {@code a}):
     * {@code workingDaysBetween(a, addWorkingDays(a, n)) == n}.
     */
    public int workingDaysBetween(LocalDate a, LocalDate b) {
        if (b.isBefore(a)) {
            return -workingDaysBetween(b, a);
        }
        int count = 0;
        for (LocalDate d = a.plusDays(1); !d.isAfter(b); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    /**
     * A deadline of {@code n} working days from an instant: the end (midnight) of the {@code n}-th
     * working day after the day of {@code from} in the hall's zone.
     */
    public Instant deadline(Instant from, int n, ZoneId zone) {
        return addWorkingDays(LocalDate.ofInstant(from, zone), n).plusDays(1).atStartOfDay(zone).toInstant();
    }

    private void requireKnown(LocalDate date) {
        if (!years.contains(date.getYear())) {
            throw new UnknownYear(date, "the working-day calendar (" + source + ") "
                    + (years.isEmpty() ? "knows no year" : "knows only " + describeYears())
                    + ", not " + date.getYear() + " (" + date + "): add " + date.getYear()
                    + "'s holidays and swapped working days once they are published");
        }
    }

    private String describeYears() {
        return years.first().equals(years.last()) ? String.valueOf(years.first())
                : years.size() == years.last() - years.first() + 1 ? years.first() + "-" + years.last()
                : String.join(", ", years.stream().map(String::valueOf).toList());
    }
}
