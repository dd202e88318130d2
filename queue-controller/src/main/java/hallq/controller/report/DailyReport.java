package hallq.controller.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A business day's report. {@code workingDay} is what the working-day calendar says (null when the
 * calendar does not know the year); {@code complete} is false for today, whose figures run to
 * {@code asOf}.
 */
public record DailyReport(String hall, String hallName, LocalDate date, Boolean workingDay, boolean complete,
                          OffsetDateTime asOf, Figures figures) {
}
