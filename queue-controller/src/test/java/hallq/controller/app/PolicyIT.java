package hallq.controller.app;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import hallq.controller.testing.Http;
import hallq.controller.testing.MqttProbe;
import hallq.controller.testing.TestHall;
import hallq.protocol.mqtt.Topics;
import hallq.protocol.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The window-opening policy in a running controller: thresholds set live, standby windows opened, alerts. */
class PolicyIT {
    private static final String FAST = "{\"openWhenPredictedWaitOver\":\"2m\",\"closeWhenBelow\":\"1m\","
            + "\"calmFor\":\"1m\",\"staffLeadTime\":\"1m\"";
    private final MutableClock clock = MutableClock.mondayAt(10, 0);
    private final Topics topics = new Topics("yunshan-center");

    @Test
    void automatic_longPredictedWait_opensAStandbyWindowAfterTheLeadTime() throws Exception {
        try (Controller c = TestHall.start(TestHall.newDataDir(), clock);
             MqttProbe probe = new MqttProbe(c, topics.alerts())) {
            Http http = Http.manager(c.httpPort());
            Http.Response put = http.put("/api/v1/policy", FAST + ",\"mode\":\"AUTOMATIC\"}");
            assertEquals(200, put.status(), put.body());
            assertEquals("PT2M", put.json().at("/settings/openWhenPredictedWaitOver").asText());
            for (int i = 0; i < 40; i++) {
                http.issue("HJ", null);
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> http.get("/api/v1/policy").json().get("pending").size() > 0);
            JsonNode decision = http.get("/api/v1/policy").json().at("/pending/0");
            assertEquals("OPEN", decision.get("kind").asText());
            assertEquals("SCHEDULED", decision.get("status").asText());
            int window = decision.get("window").asInt();
            assertTrue(List.of(27, 30).contains(window), "a standby window serving HJ: " + window);
            assertEquals("CLOSED", http.get("/api/v1/windows/" + window).json().get("state").asText(),
                    "staff need the lead time to arrive");
            clock.advance(Duration.ofMinutes(2));
            await().atMost(Duration.ofSeconds(10)).until(() ->
                    http.get("/api/v1/windows/" + window).json().get("state").asText().equals("OPEN"));
            await().atMost(Duration.ofSeconds(5)).until(() -> probe.on(topics.alerts()).stream()
                    .anyMatch(m -> m.json().at("/data/kind").asText().equals("POLICY_OPEN_DONE")));
            JsonNode alerts = http.get("/api/v1/alerts").json(); // newest first: the policy may already plan another
            JsonNode done = null;
            for (JsonNode a : alerts) {
                if (done == null && a.get("kind").asText().equals("POLICY_OPEN_DONE")) {
                    done = a;
                }
            }
            assertTrue(done != null && done.get("message").asText().contains(window + "号窗口"), alerts.toString());
        }
    }

    @Test
    void approval_proposalWaitsForAManager_andSettingsSurviveARestart() throws Exception {
        Path data = TestHall.newDataDir();
        try (Controller c = TestHall.start(data, clock)) {
            Http http = Http.manager(c.httpPort());
            assertEquals(200, http.put("/api/v1/policy", FAST + ",\"mode\":\"APPROVAL\"}").status());
            for (int i = 0; i < 40; i++) {
                http.issue("HJ", null);
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> http.get("/api/v1/policy").json().get("pending").size() > 0);
            JsonNode proposal = http.get("/api/v1/policy").json().at("/pending/0");
            assertEquals("PROPOSED", proposal.get("status").asText());
            clock.advance(Duration.ofMinutes(5));
            int window = proposal.get("window").asInt();
            assertEquals("CLOSED", http.get("/api/v1/windows/" + window).json().get("state").asText(),
                    "nothing opens without the manager");
            Http.Response approved = http.post("/api/v1/policy/proposals/" + proposal.get("id").asLong() + "/approve", null);
            assertEquals(200, approved.status(), approved.body());
            assertEquals("SCHEDULED", approved.json().at("/pending/0/status").asText());
            assertEquals(404, http.post("/api/v1/policy/proposals/99999/approve", null).status());
        }
        try (Controller c = TestHall.start(data, clock)) {
            Http http = Http.manager(c.httpPort());
            JsonNode policy = http.get("/api/v1/policy").json();
            assertEquals("APPROVAL", policy.at("/settings/mode").asText());
            assertEquals("PT2M", policy.at("/settings/openWhenPredictedWaitOver").asText());
        }
    }

    @Test
    void badSettings_areRefusedAndChangeNothing() throws Exception {
        try (Controller c = TestHall.start(TestHall.newDataDir(), clock)) {
            Http http = Http.manager(c.httpPort());
            assertEquals(400, http.put("/api/v1/policy", "{\"closeWhenBelow\":\"30m\"}").status());
            assertEquals(400, http.put("/api/v1/policy", "{\"calmFor\":\"soon\"}").status());
            assertEquals(400, http.put("/api/v1/policy", "{\"colour\":\"red\"}").status());
            assertEquals(400, http.put("/api/v1/policy", "{\"mode\":\"SOMETIMES\"}").status());
            assertEquals(400, http.put("/api/v1/policy", "[1]").status());
            assertEquals(400, http.post("/api/v1/policy/proposals/x/approve", null).status());
            assertEquals(400, http.post("/api/v1/policy/proposals/1/maybe", null).status());
            JsonNode policy = http.get("/api/v1/policy").json();
            assertEquals("PT20M", policy.at("/settings/openWhenPredictedWaitOver").asText());
            assertEquals("PT8M", policy.at("/settings/closeWhenBelow").asText());
        }
    }
}
