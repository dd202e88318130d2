package hallq.controller.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;

/**
 * A month's report (R15: what a hall publishes each month): the month's figures over all its days,
 * and one row per day. {@code complete} is false while the month is still running.
 */
public record MonthlyReport(String hall, String hallName, YearMonth month, boolean complete, OffsetDateTime asOf,
                            Integer workingDays, List<Day> days, Figures figures) {

    /** One day of the month at a glance. */
    public record Day(LocalDate date, Boolean workingDay, int issued, int served, int noShows, Double meanWait,
                      Double p90Wait, Double overTargetShare, Double meanService, int ratings,
                      Double satisfactionRate) {
    }
}
