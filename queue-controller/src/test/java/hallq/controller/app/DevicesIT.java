package hallq.controller.app;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import hallq.controller.mqttauth.MqttRole;
import hallq.controller.testing.Http;
import hallq.controller.testing.MqttProbe;
import hallq.controller.testing.TestHall;
import hallq.protocol.mqtt.Topics;
import hallq.protocol.testing.MutableClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.StreamSupport;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.Test;

/** Device status is real: a device's Last Will reaches the dashboard's device list and the alerts topic. */
class DevicesIT {
    private final Topics topics = new Topics("yunshan-center");

    @Test
    void aDeviceThatDropsOffIsOfflineByItsLastWill() throws Exception {
        try (Controller c = TestHall.start(TestHall.newDataDir(), MutableClock.mondayAt(9, 30));
             MqttProbe probe = new MqttProbe(c, topics.alerts())) {
            Http http = Http.manager(c.httpPort());
            MqttClient device = new MqttClient(c.brokerUrl(), "evaluator-18", new MemoryPersistence());
            MqttConnectOptions o = MqttProbe.options(TestHall.login(c, "evaluator-18", MqttRole.EVALUATOR, 18));
            o.setKeepAliveInterval(2);
            o.setWill(topics.deviceStatus("evaluator-18"), status("OFFLINE"), 1, true);
            device.connect(o);
            device.publish(topics.deviceStatus("evaluator-18"), status("ONLINE"), 1, true);
            device.publish(topics.deviceStatus("evaluator-18"), "{\"status\": 7}".getBytes(StandardCharsets.UTF_8), 1,
                    false);
            await().atMost(Duration.ofSeconds(5)).until(() -> "ONLINE".equals(state(http, "evaluator-18")));
            assertEquals("UNKNOWN", state(http, "board-w1"), "configured, never heard");
            assertEquals("ONLINE", state(http, "controller"));

            device.disconnectForcibly(0, 100, false);
            device.close();
            await().atMost(Duration.ofSeconds(15)).until(() -> "OFFLINE".equals(state(http, "evaluator-18")));
            await().atMost(Duration.ofSeconds(5)).until(() -> probe.on(topics.alerts()).stream()
                    .anyMatch(m -> m.json().at("/data/kind").asText().equals("DEVICE_OFFLINE")));
            JsonNode alerts = http.get("/api/v1/alerts").json();
            assertEquals("DEVICE_OFFLINE", alerts.get(0).get("kind").asText());
        }
    }

    @Test
    void supervisionFindingsAreRecordedAndListed() throws Exception {
        MutableClock clock = MutableClock.mondayAt(9, 30);
        try (Controller c = TestHall.start(TestHall.newDataDir(), clock)) {
            Http http = Http.manager(c.httpPort());
            assertEquals(201, http.issue("SB", null).status());
            assertEquals(401, new Http(c.httpPort()).get("/api/v1/supervision").status(), "staff only");
            clock.advance(Duration.ofMinutes(21));
            c.service().tick();
            c.service().tick();
            JsonNode found = http.get("/api/v1/supervision").json();
            Set<String> kinds = new TreeSet<>();
            found.forEach(n -> kinds.add(n.get("kind").asText()));
            assertEquals(Set.of("SUPERVISION_IDLE_WHILE_WAITING", "SUPERVISION_OVER_TARGET"), kinds);
            assertEquals(1, StreamSupport.stream(found.spliterator(), false)
                    .filter(n -> n.get("kind").asText().equals("SUPERVISION_OVER_TARGET")).count(), "once, not per tick");
            assertEquals(0, http.get("/api/v1/supervision?date=2026-11-20").json().size());
        }
    }

    private static byte[] status(String state) {
        return ("{\"schema\":\"hallq.device-status/1\",\"data\":{\"device\":\"evaluator-18\",\"kind\":\"evaluator\","
                + "\"status\":\"" + state + "\"}}").getBytes(StandardCharsets.UTF_8);
    }

    private static String state(Http http, String device) {
        for (JsonNode d : http.get("/api/v1/devices").json()) {
            if (d.get("device").asText().equals(device)) {
                return d.get("state").asText();
            }
        }
        return null;
    }
}
