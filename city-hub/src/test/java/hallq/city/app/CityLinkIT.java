package hallq.city.app;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hallq.city.core.CityReport;
import hallq.city.core.HallEntry;
import hallq.city.core.Overview;
import hallq.city.core.SentNotice;
import hallq.city.store.HubDatabase;
import hallq.city.store.OverviewStore;
import hallq.city.store.ReportStore;
import hallq.city.store.SupervisionStore;
import hallq.controller.adapter.sqlite.SqliteOutbox;
import hallq.controller.adapter.sqlite.SqliteReportSource;
import hallq.controller.app.Controller;
import hallq.controller.core.WindowAction;
import hallq.controller.core.WindowCommand;
import hallq.controller.report.DailyReport;
import hallq.controller.report.Reports;
import hallq.controller.service.CityRelay;
import hallq.protocol.config.HallConfig;
import hallq.protocol.config.HallConfigLoader;
import hallq.protocol.rest.CityNoticeView;
import hallq.protocol.rest.IssueTicketRequest;
import hallq.protocol.testing.TestDirs;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A real hall controller (SQLite, embedded broker) sending its outbox to a real hub on a private
 * PostgreSQL cluster: everything arrives once, also across a hub that goes away and comes back.
 */
class CityLinkIT {
    private static final String PASSWORD = "a hall password 1";
    private static final Duration WAIT = Duration.ofSeconds(30);
    private final Path hubDir = TestDirs.fresh("hub");
    private final Path hallDir = TestDirs.fresh("hall");
    private final HallConfig config = new HallConfigLoader().load(Path.of("../config/demo-hall.yml"));
    private Hub hub;
    private Controller hall;

    private void startHub(int port) throws Exception {
        hub = Hub.start(HubDatabase.privateCluster(hubDir), "127.0.0.1", port, InstantSource.system());
    }

    @AfterEach
    void stop() {
        if (hall != null) {
            hall.close();
        }
        if (hub != null) {
            hub.close();
        }
    }

    @Test
    void hallEvents_reachTheHubOnceEach_alsoWhenTheHubWasDownForAWhile() throws Exception {
        startHub(0);
        int port = hub.port();
        hub.registry().add(new HallEntry("guangzhou", "广州市政务服务中心", HallEntry.Level.CITY, null, 23.13, 113.26, null),
                PASSWORD.toCharArray());
        hub.registry().add(new HallEntry(config.hall().id(), config.hall().name(), HallEntry.Level.DISTRICT, "guangzhou",
                23.12, 113.36, null), PASSWORD.toCharArray());
        CityRelay.Settings fast = new CityRelay.Settings(100, Duration.ofMillis(50), Duration.ofMillis(500),
                Duration.ofMillis(400), Duration.ofDays(30));
        hall = Controller.start(new Controller.Settings(config, hallDir, "127.0.0.1", 0, null, 0, InstantSource.system(),
                false).withCity(new Controller.CityLink(hub.url(), PASSWORD, fast)));
        for (int i = 0; i < 150; i++) { // more than one batch
            hall.service().tickets().issue(new IssueTicketRequest("HJ", null, null, null, null, null), "device:kiosk-1");
        }
        hall.service().windows().act(WindowCommand.of(5, WindowAction.CALL_NEXT, "clerk5"));
        hall.service().windows().act(WindowCommand.of(5, WindowAction.START, "clerk5"));
        hall.service().windows().act(WindowCommand.of(5, WindowAction.COMPLETE, "clerk5"));
        long written = highest(); // the hall may add more (its policy proposing standby windows): compare afresh
        await().atMost(WAIT).until(() -> hub.events().ack(config.hall().id()).watermark() == highest());
        assertNull(hall.cityStatus().problem());
        assertTrue(health().contains("\"city\":\"LINKED\""), health());
        Overview.Input seen = new OverviewStore(hub.database()).load(Instant.now()).stream()
                .filter(i -> i.hall().id().equals(config.hall().id())).findFirst().orElseThrow();
        assertEquals(150, seen.live().services().stream().filter(q -> q.id().equals("HJ")).findFirst().orElseThrow()
                .waiting() + 1, "the hall's live figures came with its events: 150 issued, one served");
        assertEquals(150, seen.today().issued());

        hub.close(); // the hub and its database go away; the hall goes on
        hub = null;
        for (int i = 0; i < 40; i++) {
            hall.service().tickets().issue(new IssueTicketRequest("SB", null, null, null, null, null), "device:kiosk-1");
        }
        await().atMost(WAIT).until(() -> hall.cityStatus().problem() != null);
        assertTrue(hall.cityStatus().problem().contains("unreachable"), hall.cityStatus().problem());
        assertTrue(health().contains("\"city\":\"UNLINKED\""), health());
        long offline = highest();
        assertTrue(offline > written);

        startHub(port); // back, on the same data
        await().atMost(WAIT).untilAsserted(() -> assertEquals(highest(), hub.events().ack(config.hall().id()).watermark(),
                () -> "relay: " + hall.cityStatus()));
        assertNull(hall.cityStatus().problem());
        hall.close(); // nothing more happens at the hall: compare
        hall = null;
        long held = hub.events().ack(config.hall().id()).watermark();
        assertTrue(held >= offline);
        assertEquals(held, hub.events().countsByHall().get(config.hall().id()), "each event once, none missing");
        try (SqliteOutbox outbox = SqliteOutbox.open(hallDir.resolve("hallq.db"))) {
            // whatever the hall wrote in its last moment waits in its outbox for the next start
            assertEquals(outbox.highest() - held, outbox.after(held, 10_000).size());
        }
        // the city's report of the day says what the hall's own report says
        LocalDate today = LocalDate.now(ZoneId.of(config.hall().timezone()));
        DailyReport own;
        try (SqliteReportSource source = new SqliteReportSource(hallDir.resolve("hallq.db"))) {
            own = new Reports(config, source, InstantSource.system()).daily(today);
        }
        CityReport city = CityReport.build(today, today, new ReportStore(hub.database(), hub.registry()).input(today, today, Instant.now()));
        CityReport.Figures hallRow = city.halls().stream().filter(h -> h.hall().id().equals(config.hall().id()))
                .findFirst().orElseThrow().figures();
        assertEquals(own.figures().volume().issued(), hallRow.sums().issued());
        assertEquals(own.figures().volume().served(), hallRow.sums().served());
        assertEquals(own.figures().waits().count(), hallRow.sums().firstCalls());
        assertEquals(own.figures().waits().mean(), hallRow.meanWaitMinutes(), 0.05, "the hall's report rounds to 0.1 min");
        assertEquals(own.figures().volume().issued(), city.city().sums().issued(), "the city is the sum of its halls");
        assertEquals(1 - own.figures().overTargetShare(), hallRow.withinTarget(), 1e-9, "the share within target");
        for (var w : own.figures().windows()) {
            int served = city.windows().stream().filter(r -> r.hallId().equals(config.hall().id()) && r.window() == w.window())
                    .mapToInt(r -> r.figures().sums().served()).sum();
            assertEquals(w.served(), served, "served at window " + w.window());
        }
        assertTrue(city.windows().stream().anyMatch(r -> r.figures().sums().served() == 1), city.windows().toString());
        try (Connection c = hub.database().connection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT sum(issued), sum(first_calls), sum(served) FROM rollup_hour WHERE hall_id = '"
                     + config.hall().id() + "'")) {
            r.next();
            assertEquals(190, r.getInt(1), "tickets issued");
            assertEquals(1, r.getInt(2), "first calls");
            assertEquals(1, r.getInt(3), "served");
        }
        try (Connection c = hub.database().connection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT (SELECT sum(issued) FROM rollup_day), (SELECT sum(served) FROM rollup_day),"
                     + " (SELECT sum(first_calls) FROM rollup_day)")) {
            r.next();
            assertEquals(190, r.getInt(1), "the day rollup sums the hours");
            assertEquals(1, r.getInt(2), "served");
            assertEquals(1, r.getInt(3), "first calls");
        }
    }

    @Test
    void aCityNotice_reachesTheHall_andItsAcknowledgementAndAnswerComeBack() throws Exception {
        startHub(0);
        hub.registry().add(new HallEntry(config.hall().id(), config.hall().name(), HallEntry.Level.CITY, null, 23.12,
                113.36, null), PASSWORD.toCharArray());
        CityRelay.Settings fast = new CityRelay.Settings(100, Duration.ofMillis(50), Duration.ofMillis(200),
                Duration.ofMillis(400), Duration.ofDays(30));
        hall = Controller.start(new Controller.Settings(config, hallDir, "127.0.0.1", 0, null, 0, InstantSource.system(),
                false).withCity(new Controller.CityLink(hub.url(), PASSWORD, fast)));
        SupervisionStore supervision = new SupervisionStore(hub.database());
        SentNotice sent = supervision.send(config.hall().id(), null, "户籍办理等候过长，请说明原因并报整改措施", "office",
                Duration.ofHours(72), Instant.now());
        assertEquals("SENT", sent.status());

        await().atMost(WAIT).until(() -> !hall.service().citySupervisions().list().isEmpty());
        CityNoticeView atHall = hall.service().citySupervisions().list().get(0);
        assertEquals(sent.id(), atHall.id());
        assertEquals("RECEIVED", atHall.status());
        assertEquals("office", atHall.sentBy());
        await().atMost(WAIT).until(() -> notice(supervision, sent.id()).status().equals("RECEIVED"));

        hall.service().citySupervisions().act(sent.id(), "acknowledge", null, "manager1");
        hall.service().citySupervisions().act(sent.id(), "answer", "已增开 2 个窗口，午间不停岗", "manager1");
        assertEquals(1, hall.service().citySupervisions().list().size(), "taken in once, though handed over more than once");
        await().atMost(WAIT).until(() -> notice(supervision, sent.id()).status().equals("ANSWERED"));
        SentNotice answered = notice(supervision, sent.id());
        assertEquals("manager1", answered.acknowledgedBy());
        assertEquals("已增开 2 个窗口，午间不停岗", answered.answer());
        assertFalse(answered.overdue());
        assertTrue(hub.events().ack(config.hall().id()).notices().isEmpty(), "nothing left to hand over");
    }

    private SentNotice notice(SupervisionStore store, long id) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return store.notices(today.minusDays(1), today.plusDays(1), config.hall().id(), Instant.now()).stream()
                .filter(n -> n.id() == id).findFirst().orElseThrow();
    }

    private String health() throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + hall.httpPort()
                + "/health")).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private long highest() throws Exception {
        try (SqliteOutbox outbox = SqliteOutbox.open(hallDir.resolve("hallq.db"))) {
            return outbox.highest();
        }
    }
}
