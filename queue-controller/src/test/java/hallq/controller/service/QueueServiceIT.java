package hallq.controller.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hallq.controller.adapter.sqlite.SqliteStore;
import hallq.controller.core.Outcome;
import hallq.controller.core.WindowAction;
import hallq.controller.core.WindowCommand;
import hallq.controller.testing.TestHall;
import hallq.protocol.city.Handover;
import hallq.protocol.mqtt.Alert;
import hallq.protocol.mqtt.CallEvent;
import hallq.protocol.rest.HandoverRequest;
import hallq.protocol.rest.IssueTicketRequest;
import hallq.protocol.rest.PersonDayView;
import hallq.protocol.rest.WindowView;
import hallq.protocol.testing.MutableClock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The service on a real SQLite file: failed writes change nothing; the day rolls over on time. */
class QueueServiceIT {
    private final MutableClock clock = MutableClock.mondayAt(10, 0);

    @Test
    void failedWrite_isRefusedAndChangesNothing() throws Exception {
        Path db = TestHall.newDataDir().resolve("hallq.db");
        try (SqliteStore store = new SqliteStore(db, TestHall.ZONE); QueueService service =
                QueueService.open(TestHall.demoConfig(), store, clock, true)) {
            assertEquals("A001", service.tickets().issue(request(), "device:kiosk-1").number());
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
                s.execute("CREATE TRIGGER refuse BEFORE INSERT ON ticket_events WHEN NEW.actor = 'device:broken' "
                        + "BEGIN SELECT RAISE(ABORT, 'disk full'); END");
            }
            StorageFailure e = assertThrows(StorageFailure.class, () -> service.tickets().issue(request(), "device:broken"));
            assertEquals(true, e.getMessage().contains("disk full"), e.getMessage());
            assertEquals(1, service.hall().service("HJ").issuedToday());
            assertEquals("A002", service.tickets().issue(request(), "device:kiosk-1").number(), "the failed number was not used");
            assertEquals("A001", service.windows().act(WindowCommand.of(5, WindowAction.CALL_NEXT, "t")).ticket().number());
        }
    }

    @Test
    void ticker_expiresYesterdaysTicketsAtTheDayBoundary() throws Exception {
        Path db = TestHall.newDataDir().resolve("hallq.db");
        try (SqliteStore store = new SqliteStore(db, TestHall.ZONE); QueueService service =
                QueueService.open(TestHall.demoConfig(), store, clock, true)) {
            String token = service.tickets().issue(request(), "t").token();
            clock.advance(Duration.ofHours(14)); // past midnight
            service.tick();
            assertEquals(0, service.hall().service("HJ").waiting());
            assertThrows(Rejection.class, () -> service.tickets().ticket(token, false));
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
                 var rs = s.executeQuery("SELECT status FROM tickets")) {
                rs.next();
                assertEquals("EXPIRED", rs.getString(1));
            }
        }
    }

    @Test
    void idNumber_capsPerPersonAndIsStoredOnlyAsAKeyedHash() throws Exception {
        Path data = TestHall.newDataDir();
        String id = "440306199003071232";
        PersonKeys keys = new PersonKeys("a test key of thirty-two bytes!!".getBytes());
        try (SqliteStore store = new SqliteStore(data.resolve("hallq.db"), TestHall.ZONE); QueueService service =
                QueueService.open(TestHall.demoConfig(), store, clock, true, keys)) {
            Rejection bad = assertThrows(Rejection.class, () -> service.tickets().issue(withId("CR", "440306199003071233"), "t"));
            assertEquals("idNumber: the ID number's check character does not match (a typing error?)", bad.getMessage());
            assertEquals(0, service.hall().service("CR").issuedToday(), "a refused request changes nothing");
            service.tickets().issue(withId("CR", id), "t");
            service.tickets().issue(withId("CR", id.toLowerCase()), "t");
            Rejection limit = assertThrows(Rejection.class, () -> service.tickets().issue(withId("CR", id), "t"));
            assertEquals(Outcome.Reason.PERSON_LIMIT, limit.reason());
            assertEquals("B003", service.tickets().issue(withId("CR", "11010519491231002X"), "t").number(), "others still can");
        }
        try (SqliteStore store = new SqliteStore(data.resolve("hallq.db"), TestHall.ZONE); QueueService service =
                QueueService.open(TestHall.demoConfig(), store, clock, true, keys)) {
            assertThrows(Rejection.class, () -> service.tickets().issue(withId("CR", id), "t"), "the cap holds across a restart");
        }
        byte[] file = Files.readAllBytes(data.resolve("hallq.db"));
        String raw = new String(file, StandardCharsets.ISO_8859_1);
        assertEquals(false, raw.contains(id) || raw.contains("11010519491231002X"), "no ID number in the database file");
    }

    @Test
    void aCardHoldersHandover_isShownFromTheStationsOwnRecords_withoutTheHub_andAfterARestart() throws Exception {
        Path data = TestHall.newDataDir();
        String id = "440306199003071232";
        PersonKeys keys = new PersonKeys("a test key of thirty-two bytes!!".getBytes());
        String receipt;
        try (SqliteStore store = new SqliteStore(data.resolve("hallq.db"), TestHall.ZONE); QueueService service =
                QueueService.open(TestHall.demoConfig(), store, clock, true, keys)) {
            service.tickets().issue(withId("HJ", id), "device:kiosk-1");
            service.windows().act(WindowCommand.of(5, WindowAction.CALL_NEXT, "clerk5"));
            service.windows().act(WindowCommand.of(5, WindowAction.START, "clerk5"));
            receipt = service.handovers().send(5, new HandoverRequest("yunshan-city", "云山市政务服务中心", "HJ", "户籍迁入",
                    List.of("户口簿"), null), "clerk5").receipt();
            assertEquals(List.of(), service.personDay().of("11010519491231002X").items(), "someone else has none");
        }
        try (SqliteStore store = new SqliteStore(data.resolve("hallq.db"), TestHall.ZONE); QueueService service =
                QueueService.open(TestHall.demoConfig(), store, clock, true, keys)) {
            PersonDayView day = service.personDay().of(id);
            assertEquals(false, day.city(), "no hub: the hall's own records alone");
            assertEquals(1, day.items().size(), day.toString());
            PersonDayView.Item item = day.items().get(0);
            assertEquals(List.of(PersonDayView.Item.HANDOVER, receipt, "SENT", "户籍迁入", true), List.of(item.kind(),
                    item.receipt(), item.status(), item.matterName(), item.here()));
        }
    }

    private static IssueTicketRequest withId(String service, String idNumber) {
        return new IssueTicketRequest(service, null, null, null, idNumber, null);
    }

    private static IssueTicketRequest request() {
        return new IssueTicketRequest("HJ", null, null, null, null, null);
    }

    @Test
    void aRestart_keepsWhatThePredictorLearnedOfServiceTimes() throws Exception {
        Path db = TestHall.newDataDir().resolve("hallq.db");
        double before;
        try (SqliteStore store = new SqliteStore(db, TestHall.ZONE);
             QueueService service = QueueService.open(TestHall.demoConfig(), store, clock, false)) {
            for (int i = 0; i < 20; i++) { // social insurance takes 16 minutes here, not the configured 7
                service.tickets().issue(new IssueTicketRequest("SB", null, null, null, null, null), "device:kiosk-1");
                service.windows().act(WindowCommand.of(18, WindowAction.CALL_NEXT, "clerk18"));
                service.windows().act(WindowCommand.of(18, WindowAction.START, "clerk18"));
                clock.advance(Duration.ofMinutes(16));
                service.windows().act(WindowCommand.of(18, WindowAction.COMPLETE, "clerk18"));
            }
            for (int i = 0; i < 12; i++) {
                service.tickets().issue(new IssueTicketRequest("SB", null, null, null, null, null), "device:kiosk-1");
            }
            before = predicted(service);
        }
        try (SqliteStore store = new SqliteStore(db, TestHall.ZONE);
             QueueService service = QueueService.open(TestHall.demoConfig(), store, clock, false)) {
            double after = predicted(service);
            assertEquals(before, after, 0.02 * before, "the same wait is predicted after the restart");
        }
        try (SqliteStore store = new SqliteStore(TestHall.newDataDir().resolve("hallq.db"), TestHall.ZONE);
             QueueService fresh = QueueService.open(TestHall.demoConfig(), store, clock, false)) {
            for (int i = 0; i < 12; i++) { // the same queue in a hall that has learned nothing yet
                fresh.tickets().issue(new IssueTicketRequest("SB", null, null, null, null, null), "device:kiosk-1");
            }
            assertTrue(before > 1.5 * predicted(fresh), String.format("16-minute services, not the configured 7, "
                    + "drive the prediction: %.1f against %.1f min", before, predicted(fresh)));
        }
    }

    private static double predicted(QueueService service) {
        return service.hall().services().stream().filter(s -> s.id().equals("SB")).findFirst().orElseThrow()
                .predictedWaitMinutes();
    }

    @Test
    void aMissedHandoverDeadline_alertsTheHallOnce_evenAcrossARestart() throws Exception {
        Path db = TestHall.newDataDir().resolve("hallq.db");
        String hallId = TestHall.demoConfig().hall().id();
        Instant sent = clock.instant();
        Handover copy = new Handover("station-20261123-100000", "station", "村便民服务站", hallId, "政务服务中心", "HJ",
                "户籍办理", List.of("身份证复印件"), null, sent, sent.plus(Duration.ofDays(2)), sent.plus(Duration.ofDays(28)),
                List.of(new Handover.Step(Handover.SENT, sent, "station", "clerk:wang", "A001")), 1);
        List<Alert> alerts = new CopyOnWriteArrayList<>(); // published on the writer's thread, after it stored them
        try (SqliteStore store = new SqliteStore(db, TestHall.ZONE); QueueService service =
                QueueService.open(TestHall.demoConfig(), store, clock, true)) {
            service.addListener(alertsTo(alerts));
            service.handovers().receive(List.of(copy));
            clock.advance(Duration.ofDays(2).plusMinutes(1));
            service.tick();
            service.tick();
        } // closed: the writer has published all it stored
        assertEquals(List.of("HANDOVER_IN", "HANDOVER_OVERDUE"), alerts.stream().map(Alert::kind).toList());
        assertTrue(alerts.get(1).message().startsWith("转报件 station-20261123-100000（村便民服务站，户籍办理）超期未受理"),
                alerts.get(1).message());
        try (SqliteStore store = new SqliteStore(db, TestHall.ZONE); QueueService service =
                QueueService.open(TestHall.demoConfig(), store, clock, true)) {
            service.tick(); // as at every start
            assertTrue(service.handovers().one(copy.receipt()).acceptOverdue());
            // a read waits for the batch before it, with its publication: what the hall raised since it started
            assertEquals(List.of(), service.hall().alerts(50).stream().map(Alert::kind)
                    .filter("HANDOVER_OVERDUE"::equals).toList(), "the restarted hall remembers it raised that alert");
        }
    }

    private static HallListener alertsTo(List<Alert> alerts) {
        return new HallListener() {
            @Override
            public void changed(List<CallEvent> calls, List<WindowView> windows) {
            }

            @Override
            public void alerts(List<Alert> more) {
                alerts.addAll(more);
            }
        };
    }
}
