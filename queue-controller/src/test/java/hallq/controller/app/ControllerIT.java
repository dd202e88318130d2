package hallq.controller.app;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import hallq.controller.testing.Http;
import hallq.controller.testing.MqttProbe;
import hallq.controller.testing.TestHall;
import hallq.protocol.mqtt.Topics;
import hallq.protocol.testing.MutableClock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A real controller: SQLite file, embedded broker, HTTP on loopback, a real Paho subscriber. */
class ControllerIT {
    private final MutableClock clock = MutableClock.mondayAt(9, 30);
    private final Topics topics = new Topics("yunshan-center");
    private Controller controller;
    private Http http;
    private MqttProbe probe;

    @BeforeEach
    void start() throws Exception {
        controller = TestHall.start(TestHall.newDataDir(), clock);
        http = Http.manager(controller.httpPort());
        probe = new MqttProbe(controller, "hallq/v1/yunshan-center/#");
    }

    @AfterEach
    void stop() throws Exception {
        try {
            if (probe != null) {
                probe.close();
            }
        } finally {
            if (controller != null) {
                controller.close();
            }
        }
    }

    @Test
    void issueAndCall_reachesTheSubscriberWithSequenceNumbers() {
        Http.Response issued = http.issue("HJ", "kiosk-1-000001");
        assertEquals(201, issued.status(), issued.body());
        JsonNode t = issued.json();
        assertEquals("A001", t.get("number").asText());
        assertEquals("WAITING", t.get("status").asText());
        assertEquals(0, t.get("peopleAhead").asInt());
        assertTrue(t.get("token").asText().length() >= 20);

        Http.Response called = http.post("/api/v1/windows/5/call-next", null);
        assertEquals(200, called.status(), called.body());
        assertEquals("A001", called.json().at("/ticket/number").asText());
        assertEquals("A001", called.json().at("/window/currentTicket").asText());

        await().atMost(Duration.ofSeconds(5)).until(() -> !probe.on(topics.calls()).isEmpty());
        JsonNode call = probe.on(topics.calls()).get(0).json();
        assertEquals("hallq.call/1", call.get("schema").asText());
        assertEquals(1, call.get("seq").asLong());
        assertEquals("A001", call.at("/data/ticket").asText());
        assertEquals(5, call.at("/data/window").asInt());
        assertTrue(call.get("at").asText().endsWith("+08:00"), call.get("at").asText());
        await().atMost(Duration.ofSeconds(5)).until(() -> probe.on(topics.window(5)).stream()
                .anyMatch(m -> "A001".equals(m.json().at("/data/currentTicket").asText())));
    }

    @Test
    void retry_withTheSameRequestId_returnsTheSameTicket() {
        JsonNode first = http.issue("SB", "kiosk-1-000002").json();
        Http.Response again = http.issue("SB", "kiosk-1-000002");
        assertEquals(201, again.status());
        assertEquals(first.get("id").asLong(), again.json().get("id").asLong());
        assertEquals("G002", http.issue("SB", null).json().get("number").asText());
    }

    @Test
    void ticketLookup_byToken_showsThePathAndWindow() {
        String token = http.issue("HJ", null).json().get("token").asText();
        http.post("/api/v1/windows/5/call-next", null);
        JsonNode t = http.get("/api/v1/tickets/" + token).json();
        assertEquals("CALLED", t.get("status").asText());
        assertEquals(5, t.get("window").asInt());
        List<String> steps = t.get("events").findValuesAsText("type");
        assertEquals(List.of("ISSUED", "CALLED"), steps);
        assertEquals(404, http.get("/api/v1/tickets/not-a-real-token").status());
    }

    @Test
    void badInput_getsA4xxProblemAndChangesNothing() {
        assertProblem(http.post("/api/v1/tickets", "{not json"), 400, "INVALID");
        assertProblem(http.post("/api/v1/tickets", "{\"serviceId\":\"HJ\",\"colour\":\"red\"}"), 400, "INVALID");
        assertProblem(http.post("/api/v1/tickets", "{\"serviceId\":\"NOPE\"}"), 404, "NOT_FOUND");
        assertProblem(http.post("/api/v1/tickets", "[]"), 400, "INVALID");
        assertProblem(http.post("/api/v1/tickets", "null"), 400, "INVALID");
        assertProblem(http.post("/api/v1/tickets", ""), 400, "INVALID");
        assertProblem(http.post("/api/v1/tickets", "{\"serviceId\":\"HJ\",\"priority\":\"VIP\"}"), 400, "INVALID");
        assertProblem(http.post("/api/v1/tickets", "{\"serviceId\":\"HJ\",\"clientRequestId\":\"x\"}"), 400, "INVALID");
        for (String appointment : List.of("\"priority\":\"APPOINTMENT\"", "\"channel\":\"APPOINTMENT\"")) {
            Http.Response r = http.post("/api/v1/tickets", "{\"serviceId\":\"HJ\"," + appointment + "}");
            assertProblem(r, 400, "INVALID");
            assertEquals("appointments check in at POST /api/v1/appointments/check-in", r.json().get("message").asText());
        }
        assertProblem(http.post("/api/v1/windows/5/complete", null), 409, "CONFLICT");
        assertProblem(http.post("/api/v1/windows/abc/call-next", null), 400, "INVALID");
        assertProblem(http.post("/api/v1/windows/999/call-next", null), 404, "NOT_FOUND");
        assertProblem(http.post("/api/v1/windows/5/dance", null), 400, "INVALID");
        assertProblem(http.post("/api/v1/windows/5/transfer", "{\"toService\":\"NOPE\"}"), 409, "CONFLICT");
        assertProblem(http.put("/api/v1/windows/5/skills", "{\"services\":[]}"), 400, "INVALID");
        assertProblem(http.get("/api/v1/nothing-here"), 404, "NOT_FOUND");
        assertProblem(http.get("/api/v1/tickets?number=%27;drop"), 400, "INVALID");
        JsonNode hj = http.get("/api/v1/services/HJ").json();
        assertEquals(0, hj.get("issuedToday").asInt());
        assertEquals(0, hj.get("waiting").asInt());
    }

    @Test
    void outsideHours_isRefusedWithTheHours() {
        clock.advance(Duration.ofHours(3)); // 12:30, lunch
        Http.Response r = http.issue("HJ", null);
        assertProblem(r, 409, "CLOSED");
        assertTrue(r.json().get("message").asText().contains("13:00-17:00"));
        JsonNode hj = http.get("/api/v1/services/HJ").json();
        assertFalse(hj.get("accepting").asBoolean());
    }

    @Test
    void servicesAndHall_showLiveCountsAndPredictions() {
        for (int i = 0; i < 6; i++) {
            http.issue("GC", null);
        }
        JsonNode gc = http.get("/api/v1/services/GC").json();
        assertEquals(6, gc.get("waiting").asInt());
        assertTrue(gc.get("predictedWaitMinutes").asDouble() > 0, gc.toString());
        assertTrue(gc.get("predictedWaitP90Minutes").asDouble() >= gc.get("predictedWaitMinutes").asDouble());
        JsonNode hall = http.get("/api/v1/hall").json();
        assertEquals(30, hall.get("windows").size());
        await().atMost(Duration.ofSeconds(5)).until(() -> probe.on(topics.queue("GC")).stream()
                .anyMatch(m -> m.json().at("/data/waiting").asInt() == 6));
        await().atMost(Duration.ofSeconds(5)).until(() -> !probe.on(topics.hall()).isEmpty());
        await().atMost(Duration.ofSeconds(5)).until(() -> !probe.on(topics.status()).isEmpty());
        JsonNode status = probe.on(topics.status()).get(0).json();
        assertEquals(hall.get("hallName"), status.at("/data/hallName"));
        assertEquals(hall.get("businessDate"), status.at("/data/businessDate"));
        assertFalse(status.get("data").has("windows"), "window boards get the hall without its windows");
        assertEquals("CLOSED", probe.on(topics.window(27)).get(0).json().at("/data/state").asText(),
                "a window nobody touched is retained too: its board has its state in this epoch");
    }

    @Test
    void windowActions_openStandbyTransferAndSkills() {
        assertEquals("CLOSED", http.get("/api/v1/windows/27").json().get("state").asText());
        Http.Response open = http.post("/api/v1/windows/27/open", "{\"clerk\":\"王芳\",\"actor\":\"manager:li\"}");
        assertEquals(200, open.status(), open.body());
        assertEquals("OPEN", open.json().at("/window/state").asText());
        http.issue("HJ", null);
        http.post("/api/v1/windows/27/call-next", null);
        Http.Response moved = http.post("/api/v1/windows/27/transfer", "{\"toService\":\"SB\"}");
        assertEquals(200, moved.status(), moved.body());
        assertEquals("SB", moved.json().at("/ticket/serviceId").asText());
        Http.Response skills = http.put("/api/v1/windows/27/skills", "{\"services\":[\"SB\"]}");
        assertEquals(List.of("SB"), skills.json().at("/window/services").findValuesAsText("services").isEmpty()
                ? List.of(skills.json().at("/window/services/0").asText()) : List.of());
        assertEquals("A001", http.post("/api/v1/windows/27/call-next", null).json().at("/ticket/number").asText());
    }

    @Test
    void callerKeypad_overMqtt_callsAndIsNotRepeatedByADuplicate() throws Exception {
        http.issue("HJ", null);
        http.issue("HJ", null);
        String cmd = "{\"cmd\":\"NEXT\",\"requestId\":\"kp5-0001\"}";
        probe.publish(topics.callerCommand(5), cmd);
        probe.publish(topics.callerCommand(5), cmd);
        await().atMost(Duration.ofSeconds(5)).until(() -> probe.on(topics.callerResult(5)).size() == 2);
        probe.on(topics.callerResult(5)).forEach(m -> assertEquals("A001", m.json().at("/data/ticket").asText()));
        assertEquals(1, http.get("/api/v1/services/HJ").json().get("waiting").asInt(), "the duplicate did not call A002");
        probe.publish(topics.callerCommand(5), "garbage{");
        await().atMost(Duration.ofSeconds(5)).until(() -> probe.on(topics.callerResult(5)).size() == 3);
        assertFalse(probe.on(topics.callerResult(5)).get(2).json().at("/data/ok").asBoolean());
    }

    @Test
    void healthMetricsAndOpenApi_areServed() {
        JsonNode health = http.get("/health").json();
        assertEquals("UP", health.get("status").asText());
        assertEquals("OFF", health.get("city").asText(), "a hall on its own");
        assertEquals("CONNECTED", health.get("mqtt").asText());
        http.issue("HJ", null);
        Http.Response metrics = http.get("/metrics");
        assertTrue(metrics.body().contains("hallq_queue_waiting{service=\"HJ\"} 1.0"), metrics.body());
        String openApi = http.get("/api/v1/openapi.yaml").body();
        for (String path : List.of("/api/v1/services", "/api/v1/tickets", "/api/v1/tickets/{token}",
                "/api/v1/tickets/{token}/void", "/api/v1/windows/{n}/{action}", "/api/v1/windows/{n}/skills",
                "/api/v1/hall", "/health", "/metrics", "/api/v1/policy", "/api/v1/policy/proposals/{id}/{verdict}",
                "/api/v1/alerts", "/api/v1/tickets/{token}/rating", "/api/v1/ratings", "/api/v1/devices", "/api/v1/appointments", "/api/v1/appointments/slots",
                "/api/v1/appointments/check-in", "/api/v1/appointments/quotas", "/api/v1/appointments/{token}",
                "/api/v1/appointments/{token}/cancel", "/api/v1/work-orders", "/api/v1/work-orders.csv",
                "/api/v1/work-orders/{id}", "/api/v1/work-orders/{id}/{action}", "/api/v1/supervision")) {
            assertTrue(openApi.contains("  " + path + ":"), "openapi.yaml describes " + path);
        }
    }

    private static void assertProblem(Http.Response r, int status, String code) {
        assertEquals(status, r.status(), r.body());
        assertEquals(code, r.json().get("code").asText(), r.body());
        assertFalse(r.json().get("message").asText().isBlank());
    }
}
