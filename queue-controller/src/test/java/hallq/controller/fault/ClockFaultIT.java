package hallq.controller.fault;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hallq.controller.app.Controller;
import hallq.controller.testing.Http;
import hallq.controller.testing.TestHall;
import hallq.protocol.testing.MutableClock;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The hall's clock at the edges of a day: the rollover at midnight while running, a kill -9 before
 * midnight and a restart after it, and a clock that jumps backwards (same day, and across midnight
 * over a restart). What should happen is in docs/reliability.md, "Clock": a new business day expires
 * the open tickets of the day before, frees the windows and starts numbering again; hall time never
 * runs backwards — after a jump back the latest instant already stored stands until the clock
 * passes it, so nobody jumps the line, no number comes twice and no acknowledged ticket is lost.
 */
class ClockFaultIT {
    private static final ZoneId HALL = ZoneId.of("Asia/Shanghai");

    @Test
    void midnightWhileRunning_expiresYesterdaysTickets_freesWindows_andNumbersAgainFromOne() throws Exception {
        MutableClock clock = at(2026, 11, 23, 23, 50);
        Path data = TestHall.newDataDir();
        try (Controller c = start(data, clock)) {
            Http http = Http.manager(c.httpPort());
            Map<String, String> yesterday = issue(http, "HJ", "late-", 3);
            assertEquals(200, http.post("/api/v1/windows/5/call-next", null).status());
            assertEquals(200, http.post("/api/v1/windows/5/start", null).status());

            clock.advance(Duration.ofMinutes(10).plusSeconds(30)); // 2026-11-24 00:00:30
            await().atMost(Duration.ofSeconds(10)).until(() ->
                    "2026-11-24".equals(http.get("/api/v1/hall").json().get("businessDate").asText()));

            assertNull(http.get("/api/v1/windows/5").json().get("currentTicket").textValue());
            assertEquals(0, http.get("/api/v1/services/HJ").json().get("waiting").asInt());
            assertEquals("A001", http.issue("HJ", "early-000001").json().get("number").asText());
            assertEquals(404, http.get("/api/v1/tickets/" + yesterday.values().iterator().next()).status(),
                    "a ticket's page is for its own day");
            assertEquals(List.of("A001 EXPIRED", "A002 EXPIRED", "A003 EXPIRED"), stored(data, "2026-11-23"));
            Http.Response again = http.issue("HJ", "late-000001");
            assertEquals(409, again.status(), "yesterday's request id is not today's ticket: " + again.body());
            assertTrue(again.json().get("message").asText().contains("2026-11-23"), again.body());
            assertEquals(List.of("A001 WAITING"), stored(data, "2026-11-24"));
        }
    }

    @Test
    void killMinus9BeforeMidnight_restartAfter_rollsOverOnce_andKeepsEveryAcknowledgedTicket() throws Exception {
        Path data = TestHall.newDataDir();
        List<String> numbers = new ArrayList<>();
        try (ControllerProcess p = new ControllerProcess(data, ControllerProcess.uncappedDemoHall(data.resolve("config")),
                "--any-hours")) {
            TestHall.seedStaff(data);
            // two hall minutes before midnight: room for a slow start and five tickets on a loaded machine
            p.start(LocalDateTime.of(2026, 11, 23, 23, 58, 0), Duration.ofSeconds(90));
            Http http = Http.manager(p.httpPort);
            for (int i = 0; i < 5; i++) {
                Http.Response r = http.issue("SB", "night-00000" + i);
                assertEquals(201, r.status(), r.body());
                numbers.add(r.json().get("number").asText());
            }
            assertEquals(200, http.post("/api/v1/windows/18/call-next", null).status());
            assertEquals("2026-11-23", http.get("/api/v1/hall").json().get("businessDate").asText(),
                    "the first run must end before its midnight");
            p.kill();
            p.start(LocalDateTime.of(2026, 11, 24, 0, 0, 5), Duration.ofSeconds(90));
            http = Http.manager(p.httpPort); // sessions end with the process

            assertEquals("2026-11-24", http.get("/api/v1/hall").json().get("businessDate").asText());
            assertNull(http.get("/api/v1/windows/18").json().get("currentTicket").textValue());
            assertEquals("G001", http.issue("SB", "morning-000001").json().get("number").asText());
            assertEquals(List.of("G001 EXPIRED", "G002 EXPIRED", "G003 EXPIRED", "G004 EXPIRED", "G005 EXPIRED"),
                    stored(data, "2026-11-23"));
            assertEquals(List.of("G001", "G002", "G003", "G004", "G005"), numbers);
        }
    }

    @Test
    void clockJumpsBackSameDay_numbersGoOn_andNobodyJumpsTheLine() throws Exception {
        MutableClock clock = at(2026, 11, 23, 10, 30);
        try (Controller c = start(TestHall.newDataDir(), clock)) {
            Http http = Http.manager(c.httpPort());
            issue(http, "HJ", "before-", 2);
            clock.advance(Duration.ofHours(-1)); // an NTP correction, or a wrong RTC: back to 09:30
            assertEquals("A003", http.issue("HJ", "after-00000001").json().get("number").asText());
            List<String> called = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                called.add(http.post("/api/v1/windows/5/call-next", null).json().at("/ticket/number").asText());
                assertEquals(200, http.post("/api/v1/windows/5/start", null).status());
            }
            assertEquals(List.of("A001", "A002", "A003"), called, "called in the order they came");
        }
    }

    @Test
    void clockBackAcrossMidnightOverARestart_keepsTheDay_itsTickets_andItsNumbering() throws Exception {
        MutableClock clock = at(2026, 11, 24, 9, 30);
        Path data = TestHall.newDataDir();
        Map<String, String> issued;
        try (Controller c = start(data, clock)) {
            issued = issue(Http.manager(c.httpPort()), "HJ", "tuesday-", 3);
        }
        clock.advance(Duration.ofHours(-12)); // the machine comes back with yesterday's time
        try (Controller c = start(data, clock)) {
            Http http = Http.manager(c.httpPort());
            assertEquals("2026-11-24", http.get("/api/v1/hall").json().get("businessDate").asText());
            for (Map.Entry<String, String> t : issued.entrySet()) {
                Http.Response r = http.get("/api/v1/tickets/" + t.getValue());
                assertEquals(200, r.status(), t.getKey() + ": " + r.body());
                assertEquals(t.getKey(), r.json().get("number").asText());
            }
            Http.Response next = http.issue("HJ", "tuesday-late-01");
            assertEquals(201, next.status(), next.body());
            assertEquals("A004", next.json().get("number").asText());
            assertEquals(List.of("A001 WAITING", "A002 WAITING", "A003 WAITING", "A004 WAITING"), stored(data, "2026-11-24"));
        }
    }

    private static MutableClock at(int y, int mo, int d, int h, int mi) {
        return new MutableClock(LocalDateTime.of(y, mo, d, h, mi).atZone(HALL).toInstant());
    }

    /** The controller with the demo hall, taking tickets at any hour (the hall is closed at midnight). */
    private static Controller start(Path data, MutableClock clock) throws Exception {
        TestHall.seedStaff(data);
        return Controller.start(new Controller.Settings(TestHall.demoConfig(), data, "127.0.0.1", 0, null, 0, clock,
                false));
    }

    /** Issues {@code n} tickets; number → token. */
    private static Map<String, String> issue(Http http, String service, String prefix, int n) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 1; i <= n; i++) {
            Http.Response r = http.issue(service, String.format("%s%06d", prefix, i));
            assertEquals(201, r.status(), r.body());
            out.put(r.json().get("number").asText(), r.json().get("token").asText());
        }
        return out;
    }

    /** "number STATUS" of the stored tickets of a business day, by number. */
    private static List<String> stored(Path data, String day) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("hallq.db") + "?open_mode=1");
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT number, status FROM tickets WHERE business_date = '" + day
                     + "' ORDER BY number")) {
            while (rs.next()) {
                out.add(rs.getString(1) + " " + rs.getString(2));
            }
        }
        return out;
    }
}
