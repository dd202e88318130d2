package hallq.controller.report;

import hallq.controller.core.WorkingDays;
import hallq.protocol.config.HallConfig;
import hallq.protocol.config.OpeningHours;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Daily and monthly reports and the day's timeline, computed from the recorded tickets, window
 * changes and ratings that a {@link ReportSource} reads. Read-only: nothing here changes the hall.
 */
public final class Reports {
    private final HallConfig config;
    private final ReportSource source;
    private final InstantSource clock;
    private final WorkingDays calendar;
    private final ZoneId zone;

    public Reports(HallConfig config, ReportSource source, InstantSource clock) {
        this.config = config;
        this.source = source;
        this.clock = clock;
        this.calendar = WorkingDays.of(config.calendar());
        this.zone = ZoneId.of(config.hall().timezone());
    }

    /** Today in the hall. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    public DailyReport daily(LocalDate date) {
        Instant now = clock.instant();
        DayRecord record = read(date, now);
        DayPaths day = DayPaths.of(config, record, asOf(date, now));
        FigureBuilder figures = new FigureBuilder(config);
        figures.add(record, day, staffed(day));
        return new DailyReport(config.hall().id(), config.hall().name(), date, workingDay(date),
                !day.asOf().isBefore(end(date)), time(day.asOf()), figures.build());
    }

    public MonthlyReport monthly(YearMonth month) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        if (month.isAfter(YearMonth.from(today))) {
            throw new IllegalArgumentException("month " + month + " has not begun (today is " + today + ")");
        }
        FigureBuilder all = new FigureBuilder(config);
        List<MonthlyReport.Day> days = new ArrayList<>();
        LocalDate last = month.atEndOfMonth().isAfter(today) ? today : month.atEndOfMonth();
        for (LocalDate d = month.atDay(1); !d.isAfter(last); d = d.plusDays(1)) {
            DayRecord record = source.day(d, start(d), end(d));
            DayPaths day = DayPaths.of(config, record, asOf(d, now));
            all.add(record, day, staffed(day));
            FigureBuilder one = new FigureBuilder(config);
            one.add(record, day, staffed(day));
            Figures f = one.build();
            days.add(new MonthlyReport.Day(d, workingDay(d), f.volume().issued(), f.volume().served(),
                    f.volume().noShows(), f.waits().mean(), f.waits().p90(), f.overTargetShare(), f.serviceTimes().mean(),
                    f.ratings().count(), f.ratings().satisfactionRate()));
        }
        Instant asOf = asOf(month.atEndOfMonth(), now);
        return new MonthlyReport(config.hall().id(), config.hall().name(), month,
                !asOf.isBefore(end(month.atEndOfMonth())), time(asOf), workingDays(month), List.copyOf(days),
                all.build());
    }

    public Timeline timeline(LocalDate date, int stepMinutes) {
        if (stepMinutes < 1 || stepMinutes > 60) {
            throw new IllegalArgumentException("step must be 1..60 minutes, got " + stepMinutes);
        }
        Instant now = clock.instant();
        DayPaths day = DayPaths.of(config, read(date, now), asOf(date, now));
        List<OpeningHours.Period> periods = OpeningHours.parse(config.hall().hours()).periods();
        long first = date.atTime(periods.get(0).start()).atZone(zone).toInstant().toEpochMilli();
        long last = date.atTime(periods.get(periods.size() - 1).end()).atZone(zone).toInstant().toEpochMilli();
        return Timeline.of(config.hall().id(), day, zone, stepMinutes, first, last);
    }

    private DayRecord read(LocalDate date, Instant now) {
        if (date.isAfter(LocalDate.ofInstant(now, zone))) {
            throw new IllegalArgumentException("date " + date + " is in the future (today is "
                    + LocalDate.ofInstant(now, zone) + ")");
        }
        return source.day(date, start(date), end(date));
    }

    private Instant asOf(LocalDate date, Instant now) {
        Instant end = end(date);
        return now.isBefore(end) ? now : end;
    }

    private Instant start(LocalDate date) {
        return date.atStartOfDay(zone).toInstant();
    }

    private Instant end(LocalDate date) {
        return date.plusDays(1).atStartOfDay(zone).toInstant();
    }

    private OffsetDateTime time(Instant t) {
        return OffsetDateTime.ofInstant(t, zone);
    }

    /** The hall worked that day: a working day by the calendar, or any ticket was taken (e.g. a weekend session). */
    private boolean staffed(DayPaths day) {
        return !day.paths().isEmpty() || !day.voided().isEmpty() || Boolean.TRUE.equals(workingDay(day.date()));
    }

    private Boolean workingDay(LocalDate d) {
        return calendar.knows(d) ? calendar.isWorkingDay(d) : null;
    }

    private Integer workingDays(YearMonth m) {
        if (!calendar.knows(m.atDay(1))) {
            return null;
        }
        return calendar.workingDaysBetween(m.atDay(1).minusDays(1), m.atEndOfMonth());
    }
}
