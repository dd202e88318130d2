package hallq.controller.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import hallq.controller.adapter.sqlite.SqliteReportSource;
import hallq.controller.adapter.sqlite.SqliteStore;
import hallq.controller.app.ControllerMain;
import hallq.controller.core.WindowAction;
import hallq.controller.core.WindowCommand;
import hallq.controller.service.QueueService;
import hallq.controller.testing.TestHall;
import hallq.protocol.Json;
import hallq.protocol.config.HallConfig;
import hallq.protocol.rest.BookingRequest;
import hallq.protocol.rest.IssueTicketRequest;
import hallq.protocol.rest.WorkOrderAction;
import hallq.protocol.testing.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * A small day at the demo hall, driven through the real queue service on a real SQLite file with a
 * movable clock; every expected figure is worked out by hand in the comments.
 *
 * <pre>
 * 09:00 A001 (户籍 HJ)  09:02 A002 (HJ)  09:05 G001 (社保 SB)
 * 09:10 w5 calls A001   09:12 starts      09:20 completes; calls A002   09:21 starts   09:25 transfers A002 to SB
 * 09:30 w18 calls A002 (its place is 09:00, before G001)   09:31 starts   09:40 completes; calls G001
 * 09:45 w18: G001 no-show
 * 09:50 A003   10:00 w6 pauses   10:10 w5 calls A003   10:16 completes it without a start   10:30 w6 resumes
 * 10:35 A004 voided (not printed)   10:40 A005, never called: expires at the day's end
 * ratings: A001 5 at w5, A002 4 from the page (served at w18, SB), A003 2 at w5
 * </pre>
 */
class ReportsIT {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);
    private final MutableClock clock = MutableClock.mondayAt(9, 0);
    private final HallConfig config = TestHall.demoConfig();
    private SqliteStore store;
    private QueueService service;
    private SqliteReportSource source;
    private Reports reports;
    private Path data;

    @BeforeEach
    void open() throws Exception {
        data = TestHall.newDataDir();
        Path db = data.resolve("hallq.db");
        store = new SqliteStore(db, TestHall.ZONE);
        service = QueueService.open(config, store, clock, true);
        source = new SqliteReportSource(db);
        reports = new Reports(config, source, clock);
    }

    @AfterEach
    void close() throws Exception {
        source.close();
        service.close();
        store.close();
    }

    private void at(int hour, int minute) {
        clock.advance(Duration.between(clock.instant(),
                LocalDateTime.of(DAY, LocalTime.of(hour, minute)).atZone(ZONE).toInstant()));
    }

    private String issue(String serviceId) {
        return service.tickets().issue(new IssueTicketRequest(serviceId, null, null, null, null, null), "test").token();
    }

    private void act(int window, WindowAction action) {
        service.windows().act(WindowCommand.of(window, action, "test"));
    }

    private void playTheDay(boolean untilTheEnd) {
        at(9, 0);
        issue("HJ");                                                  // A001
        at(9, 2);
        String a002 = issue("HJ");
        at(9, 5);
        issue("SB");                                                  // G001
        at(9, 10);
        act(5, WindowAction.CALL_NEXT);                               // A001
        at(9, 12);
        act(5, WindowAction.START);
        at(9, 20);
        act(5, WindowAction.CALL_NEXT);                               // completes A001, calls A002
        at(9, 21);
        act(5, WindowAction.START);
        at(9, 25);
        service.windows().act(new WindowCommand(5, WindowAction.TRANSFER, null, "SB", null, null, null, null, "test"));
        at(9, 30);
        act(18, WindowAction.CALL_NEXT);                              // A002
        at(9, 31);
        act(18, WindowAction.START);
        at(9, 40);
        act(18, WindowAction.CALL_NEXT);                              // completes A002, calls G001
        if (!untilTheEnd) {
            at(9, 42);
            return;
        }
        at(9, 45);
        act(18, WindowAction.NO_SHOW);
        at(9, 50);
        issue("HJ");                                                  // A003
        at(10, 0);
        act(6, WindowAction.PAUSE);
        at(10, 10);
        act(5, WindowAction.CALL_NEXT);                               // A003
        at(10, 16);
        act(5, WindowAction.COMPLETE);
        at(10, 30);
        act(6, WindowAction.RESUME);
        at(10, 35);
        service.tickets().voidTicket(issue("HJ"), "kiosk", "paper out");        // A004
        at(10, 40);
        issue("HJ");                                                  // A005
        service.ratings().rateAtWindow(5, "A001", 5, null);
        service.ratings().rate(a002, 4, null);
        service.ratings().rateAtWindow(5, "A003", 2, "太慢");
        clock.advance(Duration.ofHours(22));                          // 08:40 the next day: A005 expires
        service.tick();
    }

    @Test
    void dailyReport_matchesTheDayWorkedOutByHand() {
        playTheDay(true);
        DailyReport r = reports.daily(DAY);
        assertTrue(r.complete());
        assertEquals(Boolean.TRUE, r.workingDay());
        Figures f = r.figures();
        // issued A001 A002 G001 A003 A005; served A001 A002 A003; no-show G001; expired A005; voided A004
        assertEquals(new Figures.Volume(5, 3, 1, 1, 0, 1), f.volume());
        // first calls: A001 10, A002 18, G001 35, A003 20 min: mean 83/4, p90 = 4th of 4; only G001 over its 20
        assertEquals(new Figures.Times(4, 20.8, 35.0, 35.0), f.waits());
        assertEquals(1, f.waitsOverTarget());
        assertEquals(0.25, f.overTargetShare());
        // walks: A001 at w5 2, A002 at w5 1, A002 at w18 1 (A003 was never started)
        assertEquals(new Figures.Times(3, 1.3, 2.0, 2.0), f.walks());
        // service: A001 8 (from start), A002 at w18 9, A003 6 (from the call: no start)
        assertEquals(new Figures.Times(3, 7.7, 9.0, 9.0), f.serviceTimes());

        Figures.ServiceFigures hj = service(f, "HJ");
        assertEquals(new Figures.Volume(4, 3, 0, 1, 0, 1), hj.volume());      // by the number's prefix: A002 stays HJ
        assertEquals(new Figures.Times(3, 16.0, 20.0, 20.0), hj.waits());
        assertEquals(0, hj.overTarget());
        assertEquals(new Figures.Times(2, 1.5, 2.0, 2.0), hj.walks());        // A001 and A002 were called for HJ
        assertEquals(new Figures.Times(2, 7.0, 8.0, 8.0), hj.serviceTimes()); // A001 8, A003 6
        Figures.ServiceFigures sb = service(f, "SB");
        assertEquals(new Figures.Volume(1, 0, 1, 0, 0, 0), sb.volume());
        assertEquals(1.0, sb.overTargetShare());
        assertEquals(new Figures.Times(1, 9.0, 9.0, 9.0), sb.serviceTimes()); // A002 was called at w18 for SB

        Figures.WindowFigures w5 = window(f, 5);
        assertEquals(3, w5.calls());
        assertEquals(2, w5.served());
        assertEquals(1, w5.passedOn());
        assertEquals(new Figures.Times(3, 16.0, 20.0, 20.0), w5.waits());      // 10, 18, 20
        assertEquals(420.0, w5.openMinutes());                                // 09-12 and 13-17
        assertEquals(21.0, w5.busyMinutes());                                 // 09:10-09:25 and 10:10-10:16
        assertEquals(399.0, w5.idleMinutes());
        Figures.WindowFigures w18 = window(f, 18);
        assertEquals(2, w18.calls());
        assertEquals(1, w18.served());
        assertEquals(1, w18.noShows());
        assertEquals(new Figures.Times(2, 20.0, 35.0, 35.0), w18.waits());    // A002 ready again 09:25: 5; G001 35
        assertEquals(15.0, w18.busyMinutes());                                // 09:30-09:45
        assertEquals(405.0, w18.idleMinutes());
        Figures.WindowFigures w6 = window(f, 6);
        assertEquals(390.0, w6.openMinutes());                                // paused 10:00-10:30
        assertEquals(390.0, w6.idleMinutes());
        assertEquals(0.0, window(f, 27).openMinutes());                       // a standby window, never opened

        assertEquals(List.of(new Figures.HourFigures(9, 4, 3, 2, 21.0), new Figures.HourFigures(10, 1, 1, 1, 20.0)),
                f.hours());
        // ratings 5, 4, 2: mean 11/3, 基本满意 or better 2 of 3, one bad
        assertEquals(new Figures.RatingFigures(3, List.of(0, 1, 0, 1, 1), 3.67, 0.6667, 1), f.ratings());
        assertEquals(new Figures.RatingFigures(2, List.of(0, 1, 0, 0, 1), 3.5, 0.5, 1), w5.ratings());
        assertEquals(new Figures.RatingFigures(1, List.of(0, 0, 0, 1, 0), 4.0, 1.0, 0), sb.ratings());
    }

    @Test
    void today_runsToNow() {
        playTheDay(false);                                             // 09:42, G001 called at 09:40
        DailyReport r = reports.daily(DAY);
        assertFalse(r.complete());
        assertEquals(LocalDateTime.of(DAY, LocalTime.of(9, 42)), r.asOf().toLocalDateTime());
        assertEquals(new Figures.Volume(3, 2, 0, 0, 1, 0), r.figures().volume());
        Figures.WindowFigures w18 = window(r.figures(), 18);
        assertEquals(42.0, w18.openMinutes());
        assertEquals(12.0, w18.busyMinutes());                               // 09:30-09:42
        assertEquals(30.0, w18.idleMinutes());
    }

    @Test
    void monthlyReport_addsTheDays_andCountsWindowTimeOnWorkingDays() {
        playTheDay(true);
        MonthlyReport m = reports.monthly(YearMonth.of(2026, 11));
        assertFalse(m.complete());                                    // it is 2026-11-24 08:40
        assertEquals(21, m.workingDays());                            // November 2026: 21 working days, no holiday
        assertEquals(24, m.days().size());
        MonthlyReport.Day d23 = m.days().get(22);
        assertEquals(DAY, d23.date());
        assertEquals(5, d23.issued());
        assertEquals(20.8, d23.meanWait());
        assertEquals(0.6667, d23.satisfactionRate());
        assertEquals(Boolean.FALSE, m.days().get(21).workingDay());   // Sunday 11-22
        assertEquals(new Figures.Volume(5, 3, 1, 1, 0, 1), m.figures().volume());
        assertEquals(new Figures.Times(4, 20.8, 35.0, 35.0), m.figures().waits());
        // window 5 open on 15 working days (11-02 .. 11-20) and on 11-23, 420 minutes each; 11-24 not open yet
        Figures.WindowFigures w5 = window(m.figures(), 5);
        assertEquals(16 * 420.0, w5.openMinutes());
        assertEquals(16 * 420.0 - 21, w5.idleMinutes());
    }

    @Test
    void timeline_countsTheQueueAndTheOpenWindows() {
        playTheDay(true);
        Timeline t = reports.timeline(DAY, 15);
        assertEquals(33, t.points().size());                          // 09:00 .. 17:00
        assertPoint(t, 0, 1, 0, 26);                                  // 09:00: A001 waits; 26 regular windows open
        assertPoint(t, 1, 2, 1, 26);                                  // 09:15: A002, G001 wait; A001 at w5
        assertPoint(t, 2, 1, 1, 26);                                  // 09:30: G001 waits; A002 just called to w18
        assertPoint(t, 5, 0, 1, 25);                                  // 10:15: A003 at w5; w6 paused
        assertPoint(t, 7, 1, 0, 26);                                  // 10:45: A005 waits (A004 was voided)
    }

    @Test
    void workOrders_openedOverdueAndFinished_countOnTheirDays() {
        playTheDay(true);                                              // A003's 2 opened work order 1 at 10:40
        // dispatched Monday 11-23: accept due by the end of Wednesday 11-25, finish by Monday 11-30
        clock.advance(Duration.between(clock.instant(),
                LocalDateTime.of(2026, 11, 26, 9, 0).atZone(ZONE).toInstant()));
        service.tick();                                               // Thursday: acceptance overdue
        clock.advance(Duration.ofMinutes(5));
        service.workOrders().act(1, "accept", new WorkOrderAction("窗口负责人", null), "manager");
        clock.advance(Duration.ofMinutes(55));
        service.workOrders().act(1, "finish", new WorkOrderAction("已约谈，当面致歉", null), "manager");
        assertEquals(new Figures.WorkOrders(1, 0, 0, 0, 0), reports.daily(DAY).figures().workOrders());
        assertEquals(new Figures.WorkOrders(0, 0, 1, 0, 1),
                reports.daily(LocalDate.of(2026, 11, 26)).figures().workOrders());
        Figures month = reports.monthly(YearMonth.of(2026, 11)).figures();
        assertEquals(new Figures.WorkOrders(1, 0, 1, 0, 1), month.workOrders());
        assertEquals(new Figures.WorkOrders(1, 0, 1, 0, 1), window(month, 5).workOrders());
        assertEquals(new Figures.WorkOrders(0, 0, 0, 0, 0), window(month, 18).workOrders());
    }

    @Test
    void supervisionNotices_areCountedByKindServiceAndWindow() {
        at(9, 0);
        act(6, WindowAction.PAUSE);
        at(9, 10);
        issue("SB");                                                  // G001, nobody calls it
        at(9, 15);
        service.tick();  // SB's open windows 1, 2, 18, 19, 20 idle 15 min while G001 waits: 5 notices
        at(9, 31);
        service.tick();  // window 6 paused 31 min: unattended; G001 waited 21 > 20 min: over target
        Figures f = reports.daily(DAY).figures();
        assertEquals(new Figures.Supervision(7, 5, 1, 0, 1), f.supervision());
        assertEquals(new Figures.Supervision(6, 5, 0, 0, 1), service(f, "SB").supervision());
        assertEquals(new Figures.Supervision(1, 1, 0, 0, 0), window(f, 18).supervision());
        assertEquals(new Figures.Supervision(1, 0, 1, 0, 0), window(f, 6).supervision());
        assertEquals(new Figures.Supervision(0, 0, 0, 0, 0), window(f, 5).supervision());
    }

    @Test
    void appointments_areCountedByStatus() {
        at(9, 0);
        String cancelled = service.appointments().book(booking("10:00", "44030619850412123X")).token();
        service.appointments().book(booking("10:00", "440306199211204562"));
        service.appointments().book(booking("14:00", "440306199003071232"));
        service.appointments().cancel(cancelled);
        Figures f = reports.daily(DAY).figures();
        // two slots still held and to come, one cancelled; none due yet, so no no-show rate
        assertEquals(new Figures.Appointments(2, 0, 0, 2, 1, null), f.appointments());
        assertEquals(new Figures.Appointments(2, 0, 0, 2, 1, null), service(f, "SB").appointments());
        assertEquals(new Figures.Appointments(0, 0, 0, 0, 0, null), service(f, "HJ").appointments());
    }

    private static BookingRequest booking(String slot, String idNumber) {
        return new BookingRequest("SB", DAY, LocalTime.parse(slot), idNumber, null);
    }

    @Test
    void commandLine_writesJsonCsvAndCharts() throws Exception {
        playTheDay(true);
        Path out = data.resolve("reports");
        String[] common = {"--config", TestHall.DEMO.toString(), "--data", data.toString(), "--out", out.toString(),
            "--as-of", "2026-11-24T08:40"};
        assertEquals(0, run("report", "daily", "2026-11-23", common));
        JsonNode json = Json.lenient().readTree(out.resolve("daily-2026-11-23.json").toFile());
        assertEquals(5, json.at("/figures/volume/issued").asInt());
        assertTrue(Files.readString(out.resolve("daily-2026-11-23.csv")).contains("取号 issued,5"));
        for (String chart : ReportCharts.DAILY) {
            assertEquals(1200, ImageIO.read(out.resolve("daily-2026-11-23-" + chart + ".png").toFile()).getWidth());
        }
        assertEquals(2, run("report", "monthly", "2026-12", common));            // not begun on 2026-11-24
        assertEquals(2, run("report", "weekly", "2026-11", common));
    }

    private static int run(String a, String b, String c, String[] rest) {
        String[] args = new String[3 + rest.length];
        args[0] = a;
        args[1] = b;
        args[2] = c;
        System.arraycopy(rest, 0, args, 3, rest.length);
        return new CommandLine(new ControllerMain()).execute(args);
    }

    private static void assertPoint(Timeline t, int i, int waiting, int atWindows, int open) {
        Timeline.Point p = t.points().get(i);
        assertEquals(new Timeline.Point(p.at(), waiting, atWindows, open), p, "at " + p.at());
    }

    private static Figures.ServiceFigures service(Figures f, String id) {
        return f.services().stream().filter(s -> s.serviceId().equals(id)).findFirst().orElseThrow();
    }

    private static Figures.WindowFigures window(Figures f, int n) {
        return f.windows().stream().filter(w -> w.window() == n).findFirst().orElseThrow();
    }
}
