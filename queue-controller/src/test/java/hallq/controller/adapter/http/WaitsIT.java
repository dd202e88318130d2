package hallq.controller.adapter.http;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import hallq.controller.app.Controller;
import hallq.controller.testing.Http;
import hallq.controller.testing.TestHall;
import hallq.protocol.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/**
 * Predicted against actual waits on a movable clock. Service CJ (出件领证) has one window (24), a
 * configured mean of 3 minutes and nothing learned yet, so every figure can be worked out by hand:
 * with k "stages" (people ahead + 1 - idle windows) the mean is 3k minutes and the p90 is that of a
 * gamma of shape k / (1 + 0.2k) (the prior's relative variance is cv² 1 over 5 services).
 */
class WaitsIT {
    private static final String CJ = "/api/v1/waits?service=CJ";
    private final MutableClock clock = MutableClock.mondayAt(10, 0);

    @Test
    void everyHallMinuteIsSampled_andEachTicketKeepsTheWaitItWasTold_acrossARestart() throws Exception {
        Path data = TestHall.newDataDir();
        JsonNode before;
        try (Controller hall = TestHall.start(data, clock)) {
            Http manager = Http.manager(hall.httpPort());
            Http kiosk = Http.kiosk(hall);
            awaitSamples(manager, 1);
            for (int i = 0; i < 3; i++) {
                assertEquals(201, kiosk.issue("CJ", null).status());
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> manager.get(CJ).json().get("tickets")
                    .findValues("promisedMinutes").stream().noneMatch(JsonNode::isNull));
            clock.advance(Duration.ofMinutes(1));
            awaitSamples(manager, 2);
            assertEquals(200, manager.post("/api/v1/windows/24/call-next", null).status());
            clock.advance(Duration.ofMinutes(2));
            awaitSamples(manager, 3);
            assertEquals(200, manager.post("/api/v1/windows/24/complete", null).status());
            assertEquals(200, manager.post("/api/v1/windows/24/pause", null).status());
            clock.advance(Duration.ofMinutes(1));
            before = awaitSamples(manager, 4);

            JsonNode s = before.get("samples");
            assertSample(s.get(0), "10:00", 0, 1, 0.0, 0.0);     // idle window, nobody ahead
            assertSample(s.get(1), "10:01", 3, 1, 9.0, 17.7);    // 3 ahead, 1 idle: k = 3
            // 2 ahead, none idle: k = 3 (10:02 never came), the first what is left of the service begun at 10:01:
            // 2.6 of the configured 3 minutes (a lognormal of cv² 1, 2 minutes in), then 3 and 3
            assertSample(s.get(2), "10:03", 2, 1, 8.6, 17.0);
            assertSample(s.get(3), "10:04", 2, 0, null, null);   // window paused: no prediction
            JsonNode t = before.get("tickets");
            assertTicket(t.get(0), "L001", 0.0, 0.0, 1.0, false); // told no wait, called after a minute
            assertTicket(t.get(1), "L002", 3.0, 7.1, 4.0, true);  // k = 1; still waiting at 10:04
            assertTicket(t.get(2), "L003", 6.0, 12.6, 4.0, true); // k = 2
            JsonNode sum = before.get("summary");
            assertEquals(3, sum.get("tickets").asInt());
            assertEquals(1, sum.get("called").asInt());
            assertEquals(0.0, sum.get("meanPromisedMinutes").asDouble());
            assertEquals(1.0, sum.get("meanWaitedMinutes").asDouble());
            assertEquals(1, sum.get("overP90").asInt(), "L001 waited past the 0 minutes it was told");
            assertEquals(1.0, sum.get("overP90Share").asDouble(), "L002 and L003 are not judged while within range");
            assertTrue(manager.get("/api/v1/waits").json().get("samples").isEmpty(), "samples are per service");
            assertEquals(3, manager.get("/api/v1/waits").json().get("tickets").size());
        }
        try (Controller again = TestHall.start(data, clock)) {
            Http manager = Http.manager(again.httpPort());
            JsonNode after = manager.get(CJ).json();
            assertEquals(before.get("samples"), after.get("samples"), "the series is read back from SQLite");
            assertEquals(before.get("tickets"), after.get("tickets"));
        }
    }

    @Test
    void waits_areForStaff_andBadQueriesChangeNothing() throws Exception {
        try (Controller hall = TestHall.start(TestHall.newDataDir(), clock)) {
            Http anonymous = new Http(hall.httpPort());
            assertEquals(401, anonymous.get(CJ).status());
            Http clerk = Http.clerk5(hall.httpPort());
            assertEquals(200, clerk.get(CJ).status());
            Http.Response unknown = clerk.get("/api/v1/waits?service=NOPE");
            assertEquals(404, unknown.status(), unknown.body());
            Http.Response bad = clerk.get("/api/v1/waits?date=2026-13-40");
            assertEquals(400, bad.status(), bad.body());
            assertTrue(bad.json().get("message").asText().contains("YYYY-MM-DD"), bad.body());
            assertEquals(400, clerk.get("/api/v1/waits?date=1999-12-31").status());
            JsonNode old = clerk.get("/api/v1/waits?date=2026-11-20&service=CJ").json();
            assertTrue(old.get("samples").isEmpty() && old.get("tickets").isEmpty(), old.toString());
            assertFalse(old.get("summary").get("overP90Share").isNumber(), "nothing to judge on a day without tickets");
        }
    }

    private static JsonNode awaitSamples(Http manager, int count) {
        await().atMost(Duration.ofSeconds(10)).until(() -> manager.get(CJ).json().get("samples").size() >= count);
        JsonNode day = manager.get(CJ).json();
        assertEquals(count, day.get("samples").size(), day.toString());
        return day;
    }

    private static void assertSample(JsonNode s, String at, int waiting, int open, Double mean, Double p90) {
        assertEquals(LocalTime.parse(at), OffsetDateTime.parse(s.get("at").asText()).toLocalTime(), s.toString());
        assertEquals(waiting, s.get("waiting").asInt(), s.toString());
        assertEquals(open, s.get("openWindows").asInt(), s.toString());
        assertNumber(mean, s.get("predictedWaitMinutes"), s);
        assertNumber(p90, s.get("predictedWaitP90Minutes"), s);
    }

    private static void assertTicket(JsonNode t, String number, double promised, double p90, double waited,
                                     boolean stillWaiting) {
        assertEquals(number, t.get("number").asText(), t.toString());
        assertEquals(promised, t.get("promisedMinutes").asDouble(), t.toString());
        assertEquals(p90, t.get("promisedP90Minutes").asDouble(), t.toString());
        assertEquals(waited, t.get("waitedMinutes").asDouble(), t.toString());
        assertEquals(stillWaiting, t.get("stillWaiting").asBoolean(), t.toString());
    }

    private static void assertNumber(Double expected, JsonNode actual, JsonNode where) {
        if (expected == null) {
            assertTrue(actual == null || actual.isNull(), where.toString());
        } else {
            assertEquals(expected, actual.asDouble(), where.toString());
        }
    }
}
