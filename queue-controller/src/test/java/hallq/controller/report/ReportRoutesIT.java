package hallq.controller.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import hallq.controller.app.Controller;
import hallq.controller.testing.Http;
import hallq.controller.testing.TestHall;
import hallq.protocol.testing.MutableClock;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.Duration;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reports over HTTP from a real controller: JSON, CSV, PNG charts, the timeline, and clear errors. */
class ReportRoutesIT {
    private static final MutableClock CLOCK = MutableClock.mondayAt(9, 30);
    private static Controller controller;
    private static Http http;

    @BeforeAll
    static void start() throws Exception {
        controller = TestHall.start(TestHall.newDataDir(), CLOCK);
        http = Http.manager(controller.httpPort());
        http.issue("HJ", null);                                         // A001 at 09:30
        CLOCK.advance(Duration.ofMinutes(6));
        http.post("/api/v1/windows/5/call-next", null);                 // waited 6 minutes
        CLOCK.advance(Duration.ofMinutes(1));
        http.post("/api/v1/windows/5/start", null);
        CLOCK.advance(Duration.ofMinutes(4));
        http.post("/api/v1/windows/5/complete", null);                  // served in 4 minutes, at 09:41
    }

    @AfterAll
    static void stop() {
        controller.close();
    }

    @Test
    void daily_json_readsWhatTheQueueStored() {
        Http.Response r = http.get("/api/v1/reports/daily?date=2026-11-23");
        assertEquals(200, r.status(), r.body());
        JsonNode j = r.json();
        assertEquals(false, j.get("complete").asBoolean());
        assertEquals(true, j.get("workingDay").asBoolean());
        assertEquals(1, j.at("/figures/volume/issued").asInt());
        assertEquals(1, j.at("/figures/volume/served").asInt());
        assertEquals(6.0, j.at("/figures/waits/mean").asDouble());
        assertEquals(1.0, j.at("/figures/walks/mean").asDouble());
        assertEquals(4.0, j.at("/figures/serviceTimes/mean").asDouble());
        assertEquals(j, http.get("/api/v1/reports/daily").json(), "today is the default");
    }

    @Test
    void csv_isForSpreadsheets() {
        Http.Response r = http.get("/api/v1/reports/daily.csv?date=2026-11-23");
        assertEquals(200, r.status());
        assertTrue(r.body().startsWith("\uFEFF云山区政务服务中心 日报 daily report,2026-11-23,截至 as of "), r.body());
        assertTrue(r.body().contains("\r\n取号 issued,1\r\n"), r.body());
        assertTrue(r.body().contains("\r\nHJ,户籍办理,20,1,1,0,0,0,6.0,6.0,0.0,4.0,0,,0,0\r\n"), r.body());
        assertEquals(r.body(), http.get("/api/v1/reports/daily?date=2026-11-23&format=csv").body());
        Http.Response m = http.get("/api/v1/reports/monthly.csv?month=2026-11");
        assertTrue(m.body().contains("\r\n2026-11-23,true,1,1,0,6.0,6.0,0.0,4.0,0,\r\n"), m.body());
    }

    @Test
    void charts_arePngImages() throws Exception {
        for (String path : new String[] {"daily.png?date=2026-11-23&chart=hours", "daily.png?chart=queue",
            "daily.png?chart=windows", "monthly.png?month=2026-11&chart=days", "monthly.png?chart=services"}) {
            HttpResponse<byte[]> r = http.getBytes("/api/v1/reports/" + path);
            assertEquals(200, r.statusCode(), path);
            assertEquals("image/png", r.headers().firstValue("Content-Type").orElse(""), path);
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(r.body()));
            assertEquals(1200, image.getWidth(), path);
        }
    }

    @Test
    void monthlyAndTimeline() {
        JsonNode m = http.get("/api/v1/reports/monthly?month=2026-11").json();
        assertEquals(23, m.get("days").size());
        assertEquals(1, m.at("/figures/volume/served").asInt());
        JsonNode t = http.get("/api/v1/reports/timeline?date=2026-11-23&step=5").json();
        assertEquals(5, t.get("stepMinutes").asInt());
        JsonNode at0935 = t.get("points").get(7);                       // 09:00 + 7 × 5 min
        assertTrue(at0935.get("at").asText().startsWith("2026-11-23T09:35"), at0935.toString());
        assertEquals(1, at0935.get("waiting").asInt());
        assertEquals(26, at0935.get("openWindows").asInt());
    }

    @Test
    void badRequests_sayWhatIsWrong() {
        assertProblem("/api/v1/reports/daily?date=23.11.2026", 400, "date must be like 2026-11-23, got '23.11.2026'");
        assertProblem("/api/v1/reports/daily?date=2026-11-24", 400, "date 2026-11-24 is in the future (today is 2026-11-23)");
        assertProblem("/api/v1/reports/monthly?month=2026-12", 400, "month 2026-12 has not begun (today is 2026-11-23)");
        assertProblem("/api/v1/reports/daily?format=xml", 400, "format must be json or csv, got 'xml'");
        assertProblem("/api/v1/reports/daily.png?chart=pie", 400,
                "unknown chart 'pie'; one of hours, queue, services, waits, windows");
        assertProblem("/api/v1/reports/timeline?step=0", 400, "step must be 1..60 minutes, got 0");
    }

    private static void assertProblem(String path, int status, String message) {
        Http.Response r = http.get(path);
        assertEquals(status, r.status(), r.body());
        assertEquals(message, r.json().get("message").asText());
    }
}
