package hallq.controller.app;

import hallq.controller.adapter.sqlite.SqliteReportSource;
import hallq.controller.report.DailyReport;
import hallq.controller.report.MonthlyReport;
import hallq.controller.report.ReportCharts;
import hallq.controller.report.ReportCsv;
import hallq.controller.report.ReportSource;
import hallq.controller.report.Reports;
import hallq.protocol.Json;
import hallq.protocol.config.HallConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ./hall controller report daily|monthly [PERIOD] --out DIR}: writes a report as JSON, CSV
 * and every chart from a data folder, read-only, whether or not a controller is running on it.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Writes a daily or monthly report (JSON, CSV, PNG charts) from the data folder.")
public final class ReportMain implements Callable<Integer> {
    @Parameters(index = "0", description = "daily or monthly")
    String kind;

    @Parameters(index = "1", arity = "0..1", description = "2026-11-23 (daily) or 2026-11 (monthly); default today")
    String period;

    @Mixin
    HallOptions files = new HallOptions();

    @Option(names = "--out", description = "folder to write into (default: ${DEFAULT-VALUE})")
    Path out = Path.of("reports");

    @Option(names = "--as-of", description = "report as it stood at this local time, e.g. 2026-11-24T08:00 (default: now)")
    LocalDateTime asOf;

    @Override
    public Integer call() throws IOException {
        HallConfig hall = files.load();
        if (hall == null) {
            return 2;
        }
        ZoneId zone = ZoneId.of(hall.hall().timezone());
        InstantSource clock = asOf == null ? Clock.systemUTC() : InstantSource.fixed(asOf.atZone(zone).toInstant());
        try (SqliteReportSource source = new SqliteReportSource(files.data.resolve("hallq.db"))) {
            Reports reports = new Reports(hall, source, clock);
            Files.createDirectories(out);
            return switch (kind) {
                case "daily" -> daily(reports, period == null ? reports.today() : LocalDate.parse(period));
                case "monthly" -> monthly(reports, period == null ? YearMonth.from(reports.today())
                        : YearMonth.parse(period));
                default -> fail("say daily or monthly, not '" + kind + "'");
            };
        } catch (ReportSource.Unreadable e) {
            return fail(e.getMessage());
        } catch (DateTimeParseException e) {
            return fail("'" + period + "' is not a " + (kind.equals("daily") ? "date like 2026-11-23"
                    : "month like 2026-11"));
        } catch (IllegalArgumentException e) {
            return fail(e.getMessage());
        }
    }

    private int daily(Reports reports, LocalDate date) throws IOException {
        DailyReport r = reports.daily(date);
        String name = "daily-" + date;
        write(name + ".json", Json.strict().writerWithDefaultPrettyPrinter().writeValueAsBytes(r));
        write(name + ".csv", ReportCsv.daily(r).getBytes(StandardCharsets.UTF_8));
        var timeline = reports.timeline(date, 5);
        for (String chart : ReportCharts.DAILY) {
            write(name + "-" + chart + ".png", ReportCharts.daily(r, timeline, chart));
        }
        return 0;
    }

    private int monthly(Reports reports, YearMonth month) throws IOException {
        MonthlyReport r = reports.monthly(month);
        String name = "monthly-" + month;
        write(name + ".json", Json.strict().writerWithDefaultPrettyPrinter().writeValueAsBytes(r));
        write(name + ".csv", ReportCsv.monthly(r).getBytes(StandardCharsets.UTF_8));
        for (String chart : ReportCharts.MONTHLY) {
            write(name + "-" + chart + ".png", ReportCharts.monthly(r, chart));
        }
        return 0;
    }

    private void write(String file, byte[] bytes) throws IOException {
        Files.write(out.resolve(file), bytes);
        System.out.println(out.resolve(file));
    }

    private static int fail(String message) {
        System.err.println("hallq report: " + message);
        return 2;
    }
}
