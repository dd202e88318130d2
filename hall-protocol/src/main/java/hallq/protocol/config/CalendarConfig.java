package hallq.protocol.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * The working-day calendar (工作日历): which weekdays are the weekend, and for each year it knows,
 * the public holidays (法定节假日) and the swapped working days (调休上班). In the hall file it is
 * either a file reference ({@code calendar: calendar-cn.yml}, resolved next to the hall file) or
 * written inline. {@code file} names where it came from (null inline).
 */
public record CalendarConfig(String file, List<DayOfWeek> weekend, List<Year> years) {
    /** One year as published, e.g. by the State Council's yearly holiday notice; {@code source} cites it. */
    public record Year(Integer year, String source, List<Holiday> holidays, List<Workday> workdays) {
        public Year {
            holidays = ServiceGuide.copy(holidays);
            workdays = ServiceGuide.copy(workdays);
        }
    }

    /** Days off from {@code from} to {@code to}, both included. */
    public record Holiday(String name, String nameEn, LocalDate from, LocalDate to) {
        public Holiday {
            to = to == null ? from : to;
        }
    }

    /** A weekend day that is a working day (调休上班), moved for the holiday {@code name}. */
    public record Workday(LocalDate date, String name) {
    }

    public CalendarConfig {
        weekend = weekend == null ? List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY) : ServiceGuide.copy(weekend);
        years = ServiceGuide.copy(years);
    }

    /** {@code calendar: some-file.yml}: a reference the loader replaces by the file's content. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static CalendarConfig reference(String file) {
        return new CalendarConfig(file, null, null);
    }

    CalendarConfig from(String source) {
        return new CalendarConfig(source, weekend, years);
    }
}
