package hallq.protocol.config;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Checks a working-day calendar: years known once, holidays inside their year, 调休 only on weekends. */
final class CalendarValidator {
    private final CalendarConfig calendar;
    private final Problems problems;
    private final Map<LocalDate, String> daysOff = new HashMap<>();

    CalendarValidator(CalendarConfig calendar, String prefix) {
        this.calendar = calendar;
        this.problems = new Problems(prefix);
    }

    List<String> problems() {
        problems.require("weekend", calendar.weekend().stream().noneMatch(Objects::isNull)
                && new HashSet<>(calendar.weekend()).size() == calendar.weekend().size(),
                "list each day once, e.g. [SATURDAY, SUNDAY]");
        problems.require("years", !calendar.years().isEmpty(),
                "at least one year is needed: a calendar that knows no year refuses every date");
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < calendar.years().size(); i++) {
            CalendarConfig.Year y = calendar.years().get(i);
            String key = "years[" + i + "]";
            if (!problems.require(key, y != null, "empty entry")
                    || !problems.require(key + ".year", y.year() != null && y.year() >= 2000 && y.year() <= 2100,
                    "must be a year 2000..2100, got " + y.year())) {
                continue;
            }
            problems.require(key + ".year", seen.add(y.year()), y.year() + " is listed twice");
            problems.require(key + ".source", Problems.text(y.source()),
                    "cite where the year's holidays come from (e.g. the State Council's notice)");
            holidays(key, y);
            workdays(key, y);
        }
        return problems.list();
    }

    private void holidays(String key, CalendarConfig.Year y) {
        for (int j = 0; j < y.holidays().size(); j++) {
            CalendarConfig.Holiday h = y.holidays().get(j);
            String k = key + ".holidays[" + j + "]";
            if (!problems.require(k, h != null, "empty entry")) {
                continue;
            }
            problems.require(k + ".name", Problems.text(h.name()), "missing");
            if (!problems.require(k + ".from", h.from() != null, "missing")
                    || !problems.require(k + ".to", !h.to().isBefore(h.from()), h.to() + " is before from " + h.from())
                    || !problems.require(k, h.from().getYear() == y.year() && h.to().getYear() == y.year(),
                    "days " + h.from() + ".." + h.to() + " are not all in " + y.year())) {
                continue;
            }
            for (LocalDate d = h.from(); !d.isAfter(h.to()); d = d.plusDays(1)) {
                String other = daysOff.putIfAbsent(d, h.name());
                problems.require(k, other == null, d + " is already a holiday (" + other + ")");
            }
        }
    }

    private void workdays(String key, CalendarConfig.Year y) {
        Set<LocalDate> seen = new HashSet<>();
        for (int j = 0; j < y.workdays().size(); j++) {
            CalendarConfig.Workday w = y.workdays().get(j);
            String k = key + ".workdays[" + j + "]";
            if (!problems.require(k, w != null, "empty entry")
                    || !problems.require(k + ".date", w.date() != null, "missing")) {
                continue;
            }
            LocalDate d = w.date();
            DayOfWeek day = d.getDayOfWeek();
            problems.require(k + ".date", d.getYear() == y.year(), d + " is not in " + y.year());
            problems.require(k + ".date", calendar.weekend().contains(day),
                    d + " is a " + day + ", already a working day: a swapped working day (调休) falls on the weekend");
            problems.require(k + ".date", !daysOff.containsKey(d), d + " is also a holiday (" + daysOff.get(d) + ")");
            problems.require(k + ".date", seen.add(d), d + " is listed twice");
        }
    }
}
