package hallq.controller.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hallq.controller.adapter.sqlite.SqliteOutbox;
import hallq.controller.adapter.sqlite.SqliteStore;
import hallq.controller.core.Outcome;
import hallq.controller.core.QueueCore;
import hallq.controller.core.WindowAction;
import hallq.controller.core.WindowCommand;
import hallq.controller.testing.TestHall;
import hallq.protocol.city.CityEvent;
import hallq.protocol.city.CityFact;
import hallq.protocol.city.CityNotice;
import hallq.protocol.rest.CityNoticeView;
import hallq.protocol.rest.IssueTicketRequest;
import hallq.protocol.testing.MutableClock;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The city outbox on a real SQLite file: written with each change, numbered without holes, free of personal data. */
class CityOutboxIT {
    private static final String ID = "440306199003071232";
    private final MutableClock clock = MutableClock.mondayAt(10, 0);
    private final Path db;

    CityOutboxIT() throws Exception {
        db = TestHall.newDataDir().resolve("hallq.db");
    }

    private QueueService open(SqliteStore store) throws StoreException {
        return QueueService.open(TestHall.demoConfig(), store, clock, true,
                new PersonKeys("a test key of thirty-two bytes!!".getBytes()));
    }

    @Test
    void aCitizensVisit_isOneEventPerStep_numberedFromOneWithoutHoles() throws Exception {
        try (SqliteStore store = new SqliteStore(db, TestHall.ZONE); QueueService service = open(store);
             SqliteOutbox outbox = SqliteOutbox.open(db)) {
            long before = outbox.highest(); // the controller may record its windows when it first opens
            service.tickets().issue(new IssueTicketRequest("CR", null, null, null, ID, null), "device:kiosk-1");
            clock.advance(Duration.ofMinutes(7));
            service.windows().act(WindowCommand.of(2, WindowAction.CALL_NEXT, "clerk2"));
            service.windows().act(WindowCommand.of(2, WindowAction.START, "clerk2"));
            clock.advance(Duration.ofMinutes(4));
            service.windows().act(WindowCommand.of(2, WindowAction.COMPLETE, "clerk2"));
            service.ratings().rateAtWindow(2, "B001", 2, "王静说太慢了");

            List<CityEvent> events = outbox.after(before, 100);
            assertEquals(LongStream.rangeClosed(before + 1, before + events.size()).boxed().toList(),
                    events.stream().map(CityEvent::seq).toList(), "consecutive from where it stood");
            assertEquals(events.size() + before, outbox.highest());
            List<String> steps = events.stream().map(e -> e.fact() instanceof CityFact.TicketStep t ? t.step()
                    : e.fact().getClass().getSimpleName()).toList();
            assertEquals(List.of("ISSUED", "CALLED", "STARTED", "COMPLETED", "RatingGiven", "WorkOrderStep"), steps);
            CityFact.TicketStep called = (CityFact.TicketStep) events.get(1).fact();
            assertEquals(2, called.window());
            assertEquals(1, called.calls(), "its first call");
            assertEquals(Duration.ofMinutes(7), Duration.between(called.issuedAt(), called.calledAt()),
                    "the wait is known from the event alone");
            assertEquals(clock.instant().atZone(TestHall.ZONE).toLocalDate(), events.get(0).day());
            CityFact.RatingGiven rating = assertInstanceOf(CityFact.RatingGiven.class, events.get(4).fact());
            assertEquals(2, rating.score());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT group_concat(body, ' ') FROM city_outbox")) {
            r.next();
            String all = r.getString(1);
            assertFalse(all.contains(ID) || all.contains("王静") || all.contains("太慢") || all.contains("clerk2"),
                    "no ID number, name, comment or clerk leaves the hall: " + all);
        }
    }

    @Test
    void aRefusedOrFailedChange_writesNoEventAndLeavesNoHole() throws Exception {
        try (SqliteStore store = new SqliteStore(db, TestHall.ZONE); QueueService service = open(store);
             SqliteOutbox outbox = SqliteOutbox.open(db)) {
            service.tickets().issue(request(), "device:kiosk-1");
            long after1 = outbox.highest();
            assertThrows(Rejection.class, () -> service.windows().act(WindowCommand.of(5, WindowAction.COMPLETE, "t")));
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
                s.execute("CREATE TRIGGER refuse BEFORE INSERT ON ticket_events WHEN NEW.actor = 'device:broken' "
                        + "BEGIN SELECT RAISE(ABORT, 'disk full'); END");
            }
            assertThrows(StorageFailure.class, () -> service.tickets().issue(request(), "device:broken"));
            assertEquals(after1, outbox.highest(), "neither the refusal nor the failed commit took a number");
            service.tickets().issue(request(), "device:kiosk-1");
            List<CityEvent> events = outbox.after(after1 - 1, 10);
            assertEquals(List.of(after1, after1 + 1), events.stream().map(CityEvent::seq).toList());
        }
    }

    @Test
    void pruning_dropsOnlyWhatTheHubHoldsAndNeverLetsANumberBeUsedAgain() throws Exception {
        try (SqliteStore store = new SqliteStore(db, TestHall.ZONE); QueueService service = open(store);
             SqliteOutbox outbox = SqliteOutbox.open(db)) {
            for (int i = 0; i < 3; i++) {
                service.tickets().issue(request(), "device:kiosk-1");
            }
            long high = outbox.highest();
            outbox.acknowledged(high - 1, clock.instant());
            assertEquals(high - 1, outbox.link().orElseThrow().acknowledged());
            assertEquals(0, outbox.prune(high - 1, clock.instant().minusSeconds(1)), "nothing old enough yet");
            assertEquals(high - 1, outbox.prune(high - 1, clock.instant().plusSeconds(1)));
            assertEquals(List.of(high), outbox.after(0, 10).stream().map(CityEvent::seq).toList(), "the unacknowledged stays");
            outbox.acknowledged(high, clock.instant());
            outbox.prune(high, clock.instant().plusSeconds(1));
            assertTrue(outbox.after(0, 10).isEmpty());
            service.tickets().issue(request(), "device:kiosk-1");
            assertEquals(List.of(high + 1), outbox.after(0, 10).stream().map(CityEvent::seq).toList(),
                    "an emptied outbox goes on counting");
        }
    }

    private static IssueTicketRequest request() {
        return new IssueTicketRequest("HJ", null, null, null, null, null);
    }

    @Test
    void aCityNotice_isTakenInOnce_keptAcrossARestart_andEachStepIsACityEvent() throws Exception {
        CityNotice notice = new CityNotice(41, "请说明户籍办理等候超时原因", "office", clock.instant(),
                clock.instant().plus(Duration.ofHours(24)), 7L, "WAIT_OVER_TARGET", "HJ");
        long before;
        try (SqliteStore store = new SqliteStore(db, TestHall.ZONE); QueueService service = open(store);
             SqliteOutbox outbox = SqliteOutbox.open(db)) {
            before = outbox.highest();
            service.citySupervisions().receive(List.of(notice));
            service.citySupervisions().receive(List.of(notice)); // the hub hands it over until it hears RECEIVED
            assertEquals(1, service.citySupervisions().list().size());
        }
        clock.advance(Duration.ofHours(25));
        try (SqliteStore store = new SqliteStore(db, TestHall.ZONE); QueueService service = open(store);
             SqliteOutbox outbox = SqliteOutbox.open(db)) {
            CityNoticeView kept = service.citySupervisions().list().get(0);
            assertEquals("RECEIVED", kept.status(), "kept across a restart");
            assertEquals("户籍办理", kept.serviceName());
            assertTrue(kept.overdue(), "a day and an hour later, unanswered");
            Rejection empty = assertThrows(Rejection.class, () -> service.citySupervisions().act(41, "answer", "  ", "m1"));
            assertEquals(Outcome.Reason.INVALID, empty.reason());
            assertEquals("ACKNOWLEDGED", service.citySupervisions().act(41, "acknowledge", null, "m1").status());
            assertEquals(Outcome.Reason.CONFLICT, assertThrows(Rejection.class,
                    () -> service.citySupervisions().act(41, "acknowledge", null, "m1")).reason());
            CityNoticeView answered = service.citySupervisions().act(41, "answer", "已增开两个窗口", "m2");
            assertEquals("ANSWERED", answered.status());
            assertEquals("m1", answered.acknowledgedBy());
            assertTrue(answered.overdue(), "answered late stays late");
            assertEquals(Outcome.Reason.NOT_FOUND, assertThrows(Rejection.class,
                    () -> service.citySupervisions().act(99, "acknowledge", null, "m1")).reason());
            List<CityFact.CityNoticeStep> steps = outbox.after(before, 100).stream()
                    .filter(e -> e.fact() instanceof CityFact.CityNoticeStep).map(e -> (CityFact.CityNoticeStep) e.fact())
                    .toList();
            assertEquals(List.of(new CityFact.CityNoticeStep(41, "RECEIVED", null, null),
                    new CityFact.CityNoticeStep(41, "ACKNOWLEDGED", "m1", null),
                    new CityFact.CityNoticeStep(41, "ANSWERED", "m2", "已增开两个窗口")), steps);
        }
    }

    @Test
    void thePressureTheCityWatches_countsIdleWindowsWhileCitizensWait_andCitizensPastTarget() throws Exception {
        try (SqliteStore store = new SqliteStore(db, TestHall.ZONE); QueueService service = open(store)) {
            service.tickets().issue(new IssueTicketRequest("ZX", null, null, null, null, null), "device:kiosk-1");
            assertEquals(0, service.hall().pressure().idleWindows(), "just issued: nobody idle for long yet");
            clock.advance(Duration.ofMinutes(11));
            QueueCore.Pressure p = service.hall().pressure();
            assertTrue(p.idleWindows() > 0, "windows serving 咨询导办 free for minutes while a citizen waits: " + p);
            assertEquals(1, p.waitingPastTarget(), "waited 11 minutes, target 10");
        }
    }
}
