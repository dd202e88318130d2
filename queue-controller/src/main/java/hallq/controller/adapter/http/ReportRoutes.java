package hallq.controller.adapter.http;

import hallq.controller.report.DailyReport;
import hallq.controller.report.MonthlyReport;
import hallq.controller.report.ReportCharts;
import hallq.controller.report.ReportCsv;
import hallq.controller.report.ReportSource;
import hallq.controller.report.Reports;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.function.Supplier;

/**
 * Daily and monthly reports (JSON, CSV, PNG charts) and the day's timeline: staff data, read from
 * the store over the reports' own read-only connection.
 */
final class ReportRoutes {
    private static final String BASE = "/api/v1/reports/";
    private final Reports reports;

    ReportRoutes(Reports reports) {
        this.reports = reports;
    }

    void register(Routes routes) {
        routes.get(BASE + "daily", Access.STAFF, ctx -> daily(ctx, ctx.queryParam("format")));
        routes.get(BASE + "daily.csv", Access.STAFF, ctx -> daily(ctx, "csv"));
        routes.get(BASE + "daily.png", Access.STAFF, this::dailyChart);
        routes.get(BASE + "monthly", Access.STAFF, ctx -> monthly(ctx, ctx.queryParam("format")));
        routes.get(BASE + "monthly.csv", Access.STAFF, ctx -> monthly(ctx, "csv"));
        routes.get(BASE + "monthly.png", Access.STAFF, this::monthlyChart);
        routes.get(BASE + "timeline", Access.STAFF, ctx -> ctx.json(guard(() -> reports.timeline(date(ctx), step(ctx)))));
        routes.config().routes.exception(ReportSource.Unreadable.class, (e, ctx) -> ProblemHandlers.problem(ctx, 503, "STORAGE",
                e.getMessage()));
    }

    private void daily(Context ctx, String format) {
        boolean csv = csv(format);
        DailyReport r = guard(() -> reports.daily(date(ctx)));
        if (csv) {
            csv(ctx, "daily-" + r.date(), ReportCsv.daily(r));
        } else {
            ctx.json(r);
        }
    }

    private void monthly(Context ctx, String format) {
        boolean csv = csv(format);
        MonthlyReport r = guard(() -> reports.monthly(month(ctx)));
        if (csv) {
            csv(ctx, "monthly-" + r.month(), ReportCsv.monthly(r));
        } else {
            ctx.json(r);
        }
    }

    private void dailyChart(Context ctx) {
        String chart = chart(ctx, "hours");
        LocalDate date = date(ctx);
        byte[] png = guard(() -> ReportCharts.daily(reports.daily(date),
                chart.equals("queue") ? reports.timeline(date, 5) : null, chart));
        png(ctx, png);
    }

    private void monthlyChart(Context ctx) {
        String chart = chart(ctx, "days");
        YearMonth month = month(ctx);
        byte[] png = guard(() -> ReportCharts.monthly(reports.monthly(month), chart));
        png(ctx, png);
    }

    /** An image has no charset: the one Javalin sets by default is taken off again. */
    private static void png(Context ctx, byte[] png) {
        ctx.result(png).contentType("image/png");
        ctx.res().setCharacterEncoding(null);
    }

    private static void csv(Context ctx, String name, String body) {
        ctx.contentType("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"").result(body);
    }

    private static boolean csv(String format) {
        if (format == null || format.equals("json")) {
            return false;
        }
        if (format.equals("csv")) {
            return true;
        }
        throw new ProblemHandlers.BadRequest("format must be json or csv, got '" + Requests.clip(format) + "'");
    }

    private LocalDate date(Context ctx) {
        String v = ctx.queryParam("date");
        if (v == null) {
            return reports.today();
        }
        try {
            return Requests.inRange("date", LocalDate.parse(v));
        } catch (DateTimeParseException e) {
            throw new ProblemHandlers.BadRequest("date must be like 2026-11-23, got '" + Requests.clip(v) + "'");
        }
    }

    private YearMonth month(Context ctx) {
        String v = ctx.queryParam("month");
        if (v == null) {
            return YearMonth.from(reports.today());
        }
        try {
            return YearMonth.from(Requests.inRange("month", YearMonth.parse(v).atDay(1)));
        } catch (DateTimeParseException e) {
            throw new ProblemHandlers.BadRequest("month must be like 2026-11, got '" + Requests.clip(v) + "'");
        }
    }

    private static int step(Context ctx) {
        String v = ctx.queryParam("step");
        if (v == null) {
            return 15;
        }
        if (!v.matches("\\d{1,2}")) {
            throw new ProblemHandlers.BadRequest("step must be 1..60 minutes, got '" + Requests.clip(v) + "'");
        }
        return Integer.parseInt(v);
    }

    private static String chart(Context ctx, String fallback) {
        String v = ctx.queryParam("chart");
        return v == null ? fallback : v;
    }

    /** A date in the future, a step out of range or an unknown chart is the caller's mistake. */
    private static <T> T guard(Supplier<T> report) {
        try {
            return report.get();
        } catch (IllegalArgumentException e) {
            throw new ProblemHandlers.BadRequest(e.getMessage());
        }
    }
}
