package hallq.controller.app;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import hallq.controller.core.WindowAction;
import hallq.controller.core.WindowCommand;
import hallq.controller.testing.Http;
import hallq.controller.testing.MqttProbe;
import hallq.controller.testing.TestHall;
import hallq.protocol.mqtt.Topics;
import hallq.protocol.rest.IssueTicketRequest;
import hallq.protocol.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Rating → work order → deadline → overdue alert, end to end through a real controller; CSV ledger; restart. */
class WorkOrdersIT {
    private final MutableClock clock = MutableClock.mondayAt(10, 0);
    private final Topics topics = new Topics("yunshan-center");

    @Test
    void aBadRatingOpensAWorkOrderThatRaisesAlertsWhenOverdue() throws Exception {
        Path data = TestHall.newDataDir();
        try (Controller c = TestHall.start(data, clock); MqttProbe probe = new MqttProbe(c, topics.alerts())) {
            Http http = Http.manager(c.httpPort());
            String token = c.service().tickets().issue(new IssueTicketRequest("SB", null, null, null, null, null), "t").token();
            c.service().windows().act(WindowCommand.of(18, WindowAction.CALL_NEXT, "t"));
            c.service().windows().act(WindowCommand.of(18, WindowAction.START, "t"));
            c.service().windows().act(WindowCommand.of(18, WindowAction.COMPLETE, "t"));
            Http.Response rated = http.post("/api/v1/tickets/" + token + "/rating", "{\"score\":1,\"comment\":\"态度差\"}");
            assertEquals(201, rated.status(), rated.body());
            long id = rated.json().get("workOrderId").asLong();

            JsonNode w = http.get("/api/v1/work-orders/" + id).json();
            assertEquals("OPEN", w.get("status").asText());
            assertEquals("2026-11-25", w.get("acceptDue").asText());
            assertEquals("2026-11-30", w.get("finishDue").asText());
            assertEquals("非常不满意", w.get("label").asText());
            await().atMost(Duration.ofSeconds(5)).until(() -> probe.on(topics.alerts()).stream()
                    .anyMatch(m -> m.json().at("/data/kind").asText().equals("WORK_ORDER_OPENED")));

            clock.advance(Duration.ofDays(3)); // Thursday: not accepted by Wednesday
            c.service().tick();
            await().atMost(Duration.ofSeconds(5)).until(() -> probe.on(topics.alerts()).stream()
                    .anyMatch(m -> m.json().at("/data/kind").asText().equals("WORK_ORDER_OVERDUE")));
            assertEquals("WORK_ORDER_OVERDUE", http.get("/api/v1/alerts").json().get(0).get("kind").asText());
            assertEquals(true, http.get("/api/v1/work-orders/" + id).json().get("acceptOverdue").asBoolean());

            assertEquals(409, http.post("/api/v1/work-orders/" + id + "/finish", "{\"text\":\"done\"}").status());
            assertEquals(400, http.post("/api/v1/work-orders/" + id + "/extend", "{\"text\":\"x\",\"days\":\"many\"}")
                    .status());
            assertEquals(404, http.post("/api/v1/work-orders/" + id + "/close", null).status());
            assertEquals(200, http.post("/api/v1/work-orders/" + id + "/accept", "{\"text\":\"王科长\"}").status());
        }
        try (Controller c = TestHall.start(data, clock)) {
            Http http = Http.manager(c.httpPort());
            Http.Response done = http.post("/api/v1/work-orders/1/finish", "{\"text\":\"已整改并回访\"}");
            assertEquals(200, done.status(), done.body());
            assertEquals("FINISHED", done.json().get("status").asText());
            Http.Response csv = http.get("/api/v1/work-orders.csv?from=2026-11-01");
            assertEquals(200, csv.status());
            String[] lines = csv.body().split("\n");
            assertEquals(2, lines.length, csv.body());
            assertTrue(lines[0].startsWith("\uFEFF"), "a BOM, so spreadsheet programs read the Chinese");
            assertTrue(lines[0].contains("acceptDue") && lines[1].contains("已整改并回访"), csv.body());
            assertEquals(1, http.get("/api/v1/work-orders?from=2026-11-23&to=2026-11-23").json().size());
            assertEquals(0, http.get("/api/v1/work-orders?from=2026-11-24").json().size());
        }
    }
}
