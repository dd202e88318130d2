package hallq.controller.app;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

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

/** 好差评 end to end: evaluator prompt and rating over MQTT, the citizen's rating over REST, kept across a restart. */
class RatingsIT {
    private final MutableClock clock = MutableClock.mondayAt(9, 30);
    private final Topics topics = new Topics("yunshan-center");

    private static String serve(Controller c, int window) {
        String token = c.service().tickets().issue(new IssueTicketRequest("SB", null, null, null, null, null),
                "test").token();
        c.service().windows().act(WindowCommand.of(window, WindowAction.CALL_NEXT, "test"));
        c.service().windows().act(WindowCommand.of(window, WindowAction.START, "test"));
        c.service().windows().act(WindowCommand.of(window, WindowAction.COMPLETE, "test"));
        return token;
    }

    @Test
    void evaluatorAndCitizenRatings() throws Exception {
        Path data = TestHall.newDataDir();
        String first;
        try (Controller c = TestHall.start(data, clock);
             MqttProbe probe = new MqttProbe(c, "hallq/v1/yunshan-center/evaluators/#")) {
            Http http = Http.manager(c.httpPort());
            first = serve(c, 18);
            await().atMost(Duration.ofSeconds(5)).until(() -> !probe.on(topics.evaluatorPrompt(18)).isEmpty());
            JsonNode prompt = probe.on(topics.evaluatorPrompt(18)).get(0).json();
            assertEquals("G001", prompt.at("/data/ticket").asText());
            assertEquals("社保医保", prompt.at("/data/serviceName").asText());

            probe.publish(topics.evaluatorRating(18), "{\"score\": \"five\"}");
            probe.publish(topics.evaluatorRating(18), "{\"data\": {\"ticket\": \"G001\", \"score\": 2, \"comment\": \"等太久\"}}");
            await().atMost(Duration.ofSeconds(5)).until(() -> probe.on(topics.evaluatorResult(18)).size() == 2);
            assertEquals(false, probe.on(topics.evaluatorResult(18)).get(0).json().at("/data/ok").asBoolean());
            JsonNode ok = probe.on(topics.evaluatorResult(18)).get(1).json();
            assertEquals(true, ok.at("/data/ok").asBoolean(), ok.toString());

            Http.Response again = http.post("/api/v1/tickets/" + first + "/rating", "{\"score\": 5}");
            assertEquals(409, again.status(), again.body());
            assertEquals("ticket G001 has already been rated", again.json().get("message").asText());

            String second = serve(c, 18);
            assertEquals(400, http.post("/api/v1/tickets/" + second + "/rating", "{\"comment\": \"好\"}").status());
            assertEquals(400, http.post("/api/v1/tickets/" + second + "/rating", "{\"score\": 5, \"x\": 1}").status());
            Http.Response web = http.post("/api/v1/tickets/" + second + "/rating", "{\"score\": 5, \"comment\": \"很好\"}");
            assertEquals(201, web.status(), web.body());
            assertEquals("非常满意", web.json().get("label").asText());
            assertEquals("WEB", web.json().get("source").asText());
        }
        try (Controller c = TestHall.start(data, clock)) {
            Http http = Http.manager(c.httpPort());
            assertEquals(2, http.get("/api/v1/tickets/" + first).json().get("rating").asInt());
            JsonNode all = http.get("/api/v1/ratings").json();
            assertEquals(2, all.size());
            assertEquals("等太久", all.get(0).get("comment").asText());
            assertEquals("EVALUATOR", all.get(0).get("source").asText());
            assertEquals(0, http.get("/api/v1/ratings?date=2026-01-05").json().size());
            assertEquals(400, http.get("/api/v1/ratings?date=yesterday").status());
        }
    }
}
