package hallq.controller.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import hallq.controller.testing.Http;
import hallq.controller.testing.TestHall;
import hallq.protocol.testing.MutableClock;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The controller resumes exactly after a clean stop and after kill -9: tickets, windows, numbering. */
class RestartIT {

    @Test
    void cleanRestart_resumesWaitingTicketsWindowsAndNumbering() throws Exception {
        Path data = TestHall.newDataDir();
        MutableClock clock = MutableClock.mondayAt(10, 0);
        Map<String, String> tokens = new LinkedHashMap<>();
        try (Controller c = TestHall.start(data, clock)) {
            Http http = Http.manager(c.httpPort());
            for (int i = 0; i < 5; i++) {
                JsonNode t = http.issue("HJ", "restart-req-" + i).json();
                tokens.put(t.get("number").asText(), t.get("token").asText());
            }
            http.post("/api/v1/windows/27/open", "{\"clerk\":\"王芳\"}");
            http.post("/api/v1/windows/5/call-next", null);
            http.post("/api/v1/windows/5/start", null);
            clock.advance(Duration.ofSeconds(30));
            http.post("/api/v1/windows/7/call-next", null);
            http.post("/api/v1/windows/7/recall", null);
            http.post("/api/v1/windows/6/pause", null);
        }
        clock.advance(Duration.ofMinutes(3));
        try (Controller c = TestHall.start(data, clock)) {
            Http http = Http.manager(c.httpPort());
            assertEquals("SERVING", http.get("/api/v1/tickets/" + tokens.get("A001")).json().get("status").asText());
            assertEquals("A001", http.get("/api/v1/windows/5").json().get("currentTicket").asText());
            JsonNode calls = http.get("/api/v1/hall").json().get("recentCalls");
            assertEquals(2, calls.size(), "the hall screen's latest calls come back: " + calls);
            assertEquals("A002@7 recall", calls.get(0).get("ticket").asText() + "@" + calls.get(0).get("window").asInt()
                    + (calls.get(0).get("recall").asBoolean() ? " recall" : ""));
            assertEquals("A001@5", calls.get(1).get("ticket").asText() + "@" + calls.get(1).get("window").asInt());
            assertEquals("PAUSED", http.get("/api/v1/windows/6").json().get("state").asText());
            JsonNode w27 = http.get("/api/v1/windows/27").json();
            assertEquals("OPEN", w27.get("state").asText());
            assertEquals("王*", w27.get("clerk").asText(), "masked on a public read");
            assertEquals("王芳", c.service().windows().get(27).clerk(), "kept whole across the restart");
            assertEquals(3, http.get("/api/v1/services/HJ").json().get("waiting").asInt());
            assertEquals("A006", http.issue("HJ", null).json().get("number").asText());
            assertEquals("A001", http.issue("HJ", "restart-req-0").json().get("number").asText(),
                    "a kiosk retrying across the restart gets its ticket, not a new one");
            assertEquals("A003", http.post("/api/v1/windows/5/call-next", null).json().at("/ticket/number").asText());
        }
    }

    @Test
    void killMinus9_losesNoAcknowledgedTicket() throws Exception {
        Path data = TestHall.newDataDir();
        TestHall.seedStaff(data);
        Process p = new ProcessBuilder("java", "-cp", System.getProperty("surefire.test.class.path",
                System.getProperty("java.class.path")), "-Duser.home=" + System.getProperty("user.home"),
                "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"), ControllerMain.class.getName(),
                "--config", TestHall.DEMO.toString(), "--port", "0", "--mqtt-port", "0", "--data", data.toString(),
                "--start-at", "2026-11-23T10:00").redirectErrorStream(true).start();
        List<JsonNode> acknowledged = new ArrayList<>();
        try {
            Http http = Http.manager(readPort(p));
            for (int i = 0; i < 30; i++) {
                Http.Response r = http.issue(i % 2 == 0 ? "HJ" : "SB", "kill-req-" + i);
                assertEquals(201, r.status(), r.body());
                acknowledged.add(r.json());
            }
            assertEquals(200, http.post("/api/v1/windows/5/call-next", null).status());
            assertEquals(200, http.post("/api/v1/windows/18/call-next", null).status());
        } finally {
            p.destroyForcibly();
            assertTrue(p.waitFor(10, TimeUnit.SECONDS));
        }
        MutableClock clock = MutableClock.mondayAt(10, 5);
        try (Controller c = TestHall.start(data, clock)) {
            Http http = Http.manager(c.httpPort());
            for (JsonNode t : acknowledged) {
                JsonNode now = http.get("/api/v1/tickets/" + t.get("token").asText()).json();
                assertEquals(t.get("number").asText(), now.get("number").asText());
            }
            assertEquals("A001", http.get("/api/v1/windows/5").json().get("currentTicket").asText());
            assertEquals("G001", http.get("/api/v1/windows/18").json().get("currentTicket").asText());
            assertEquals(14, http.get("/api/v1/services/HJ").json().get("waiting").asInt());
            assertEquals("A016", http.issue("HJ", null).json().get("number").asText());
        }
    }

    private static int readPort(Process p) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        Pattern rest = Pattern.compile("REST\\s+http://127\\.0\\.0\\.1:(\\d+)/");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        StringBuilder seen = new StringBuilder();
        String line;
        while (System.nanoTime() < deadline && (line = out.readLine()) != null) {
            seen.append(line).append('\n');
            Matcher m = rest.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> out.lines().forEach(l -> { }));
                drain.setDaemon(true);
                drain.start();
                return Integer.parseInt(m.group(1));
            }
        }
        throw new AssertionError("the controller process did not report its port:\n" + seen);
    }
}
