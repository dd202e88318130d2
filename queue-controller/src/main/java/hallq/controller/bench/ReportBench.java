package hallq.controller.bench;

import hallq.controller.adapter.sqlite.SqliteReportSource;
import hallq.controller.adapter.sqlite.SqliteStore;
import hallq.controller.core.Change;
import hallq.controller.core.IssueCommand;
import hallq.controller.core.Outcome;
import hallq.controller.core.QueueCore;
import hallq.controller.core.Ticket;
import hallq.controller.core.WindowAction;
import hallq.controller.core.WindowCommand;
import hallq.controller.core.WorkingDays;
import hallq.controller.report.DailyReport;
import hallq.controller.report.MonthlyReport;
import hallq.controller.report.ReportCharts;
import hallq.controller.report.ReportCsv;
import hallq.controller.report.Reports;
import hallq.controller.service.StoreException;
import hallq.protocol.config.HallConfig;
import hallq.protocol.config.HallConfigLoader;
import hallq.protocol.config.ServiceConfig;
import hallq.protocol.config.WindowConfig;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench report}: fills a SQLite file with a month of hall days through the real core and
 * store (every working day, tickets arriving evenly, each open regular window calling, starting and
 * completing), then times the daily and monthly reports, their CSV and a chart, as a manager would
 * ask for them.
 */
@Command(name = "bench report", mixinStandardHelpOptions = true, description = "Report benchmark.")
public final class ReportBench implements Callable<Integer> {
    @Option(names = "--month", description = "month to fill (default: ${DEFAULT-VALUE})")
    YearMonth month = YearMonth.of(2026, 11);
    @Option(names = "--tickets-per-day", description = "tickets a day (default: ${DEFAULT-VALUE})")
    int ticketsPerDay = 1200;
    @Option(names = "--working-days", description = "fill only the first N working days (default: all)")
    int workingDays = Integer.MAX_VALUE;
    @Option(names = "--runs", description = "timed runs after one warm-up (default: ${DEFAULT-VALUE})")
    int runs = 3;
    @Option(names = "--config", description = "hall configuration (default: ${DEFAULT-VALUE})")
    Path config = Path.of("config/demo-hall.yml");

    private final Random random = new Random(1);

    @Override
    public Integer call() throws Exception {
        HallConfig hall = new HallConfigLoader().load(config);
        ZoneId zone = ZoneId.of(hall.hall().timezone());
        Path data = Files.createTempDirectory("hallq-report-bench-");
        Path db = data.resolve("hallq.db");
        System.out.printf("HallQ report benchmark: %s, %d tickets a working day, %d windows%n", month, ticketsPerDay,
                hall.windows().size());
        System.out.printf("machine: %d cores, java %s, load average %.0f%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        long t0 = System.nanoTime();
        int days;
        try (SqliteStore store = new SqliteStore(db, zone)) {
            days = fill(hall, store, zone);
        }
        System.out.printf("filled %d working days in %.1f s: %d MB%n", days, (System.nanoTime() - t0) / 1e9,
                Files.size(db) / 1_000_000);
        InstantSource after = InstantSource.fixed(month.plusMonths(1).atDay(1).atTime(8, 0).atZone(zone).toInstant());
        try (SqliteReportSource source = new SqliteReportSource(db)) {
            Reports reports = new Reports(hall, source, after);
            LocalDate busy = month.atEndOfMonth();
            while (!WorkingDays.of(hall.calendar()).isWorkingDay(busy)) {
                busy = busy.minusDays(1);
            }
            LocalDate day = busy;
            time("read one day (SQL only)", () -> source.day(day, day.atStartOfDay(zone).toInstant(),
                    day.plusDays(1).atStartOfDay(zone).toInstant()));
            DailyReport d = time("daily report (one day)", () -> reports.daily(day));
            time("daily CSV", () -> ReportCsv.daily(d));
            time("daily chart (hours)", () -> ReportCharts.daily(d, null, "hours"));
            time("timeline (5 min)", () -> reports.timeline(day, 5));
            MonthlyReport m = time("monthly report", () -> reports.monthly(month));
            time("monthly CSV", () -> ReportCsv.monthly(m));
            time("monthly chart (days)", () -> ReportCharts.monthly(m, "days"));
            System.out.printf("month: %d tickets issued, %d served, mean wait %.1f min, p90 %.1f min%n",
                    m.figures().volume().issued(), m.figures().volume().served(), m.figures().waits().mean(),
                    m.figures().waits().p90());
        }
        return 0;
    }

    /**
     * Runs once to warm up, then {@code --runs} times; prints the best wall time and the best CPU time
     * of this thread (SQLite works in this thread too), which other processes on a machine disturb less.
     */
    private <T> T time(String what, Supplier<T> work) {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        T result = work.get();
        long wall = Long.MAX_VALUE;
        long thread = Long.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            long startCpu = cpu.getCurrentThreadCpuTime();
            result = work.get();
            thread = Math.min(thread, cpu.getCurrentThreadCpuTime() - startCpu);
            wall = Math.min(wall, System.nanoTime() - start);
        }
        System.out.printf("%-26s %8.1f ms CPU %8.1f ms wall (best of %d)%n", what, thread / 1e6, wall / 1e6, runs);
        return result;
    }

    private int fill(HallConfig hall, SqliteStore store, ZoneId zone) throws StoreException {
        WorkingDays calendar = WorkingDays.of(hall.calendar());
        List<WindowConfig> open = hall.windows().stream().filter(w -> !w.standby()).toList();
        QueueCore core = null;
        int days = 0;
        for (LocalDate d = month.atDay(1); !d.isAfter(month.atEndOfMonth()); d = d.plusDays(1)) {
            if (!calendar.isWorkingDay(d) || days == workingDays) {
                continue;
            }
            Instant opening = d.atTime(9, 0).atZone(zone).toInstant();
            if (core == null) {
                core = new QueueCore(QueueCore.freshState(hall, store.loadWindows(), false, opening));
            }
            day(hall, open, core, store, opening);
            days++;
        }
        return days;
    }

    /** One day in 30-second steps from 09:00 to 17:00; arrivals evenly over 09:00-16:30. */
    private void day(HallConfig hall, List<WindowConfig> open, QueueCore core, SqliteStore store, Instant opening)
            throws StoreException {
        stage(core, store, core.rollover(opening));
        Map<Integer, Instant> startAt = new HashMap<>();
        Map<Integer, Instant> doneAt = new HashMap<>();
        List<ServiceConfig> services = hall.services();
        double arrivalEvery = 450.0 * 60 / ticketsPerDay;
        int issued = 0;
        for (int step = 0; step <= 8 * 120; step++) {
            Instant now = opening.plusSeconds(step * 30L);
            while (issued < ticketsPerDay && issued * arrivalEvery <= step * 30) {
                ServiceConfig s = services.get(random.nextInt(services.size()));
                stage(core, store, core.issue(new IssueCommand(s.id(), null, null, null, null, "t" + now + issued,
                        "bench"), now));
                issued++;
            }
            for (WindowConfig w : open) {
                int n = w.number();
                if (startAt.containsKey(n) && !now.isBefore(startAt.get(n))) {
                    startAt.remove(n);
                    stage(core, store, core.execute(WindowCommand.of(n, WindowAction.START, "bench"), now));
                    ServiceConfig s = hall.service(core.state().ticket(core.state().window(n).current()).serviceId());
                    double minutes = -Math.log(1 - random.nextDouble()) * s.meanServiceMinutes();
                    doneAt.put(n, now.plus(Duration.ofSeconds(Math.round(minutes * 60))));
                } else if (!startAt.containsKey(n) && !now.isBefore(doneAt.getOrDefault(n, opening))) {
                    doneAt.remove(n);
                    Outcome<Ticket> o = core.execute(WindowCommand.of(n, WindowAction.CALL_NEXT, "bench"), now);
                    Ticket called = stage(core, store, o);
                    if (called != null) {
                        startAt.put(n, now.plusSeconds(30 + random.nextInt(90)));
                    }
                }
            }
        }
        store.commit();
    }

    private <T> T stage(QueueCore core, SqliteStore store, Outcome<T> o) throws StoreException {
        if (o instanceof Outcome.Accepted<T> a) {
            stage(core, store, a.change());
            return a.value();
        }
        return null;
    }

    private int staged;

    private void stage(QueueCore core, SqliteStore store, Change change) throws StoreException {
        if (change.isEmpty()) {
            return;
        }
        store.stage(change);
        core.apply(change);
        if (++staged % 2000 == 0) {
            store.commit();
        }
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new ReportBench()).execute(args));
    }
}
