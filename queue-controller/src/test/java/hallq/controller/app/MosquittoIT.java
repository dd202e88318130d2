package hallq.controller.app;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import hallq.controller.mqttauth.MqttAccounts;
import hallq.controller.mqttauth.MqttRole;
import hallq.controller.testing.Http;
import hallq.controller.testing.Mosquitto;
import hallq.controller.testing.MqttProbe;
import hallq.controller.testing.TestHall;
import hallq.protocol.mqtt.Topics;
import hallq.protocol.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The controller against Debian's mosquitto as an external broker, configured with the files
 * {@code ./hall controller mqtt-config} writes (logins, ACL), including a broker restart.
 */
class MosquittoIT {
    private final Topics topics = new Topics("yunshan-center");

    @Test
    void externalBroker_carriesCalls_andRetainedStateComesBackAfterABrokerRestart() throws Exception {
        Path data = TestHall.newDataDir();
        MqttAccounts accounts = MqttAccounts.open(data);
        accounts.controllerLogin();
        var board = accounts.ensure("hall-board", MqttRole.BOARD, null);
        var windowBoard = accounts.ensure("board-w5", MqttRole.BOARD, 5);
        try (Mosquitto broker = Mosquitto.forHall(data, "yunshan-center");
             Controller c = TestHall.start(data, MutableClock.mondayAt(10, 0), broker.url())) {
            Http http = Http.manager(c.httpPort());
            try (MqttProbe probe = new MqttProbe(broker.url(), board, topics.calls())) {
                http.issue("HJ", null);
                http.post("/api/v1/windows/5/call-next", null);
                await().atMost(Duration.ofSeconds(5)).until(() -> probe.on(topics.calls()).size() == 1);
                assertEquals("A001", probe.on(topics.calls()).get(0).json().at("/data/ticket").asText());
            }
            broker.restart(); // no persistence: retained state is gone until republished
            await().atMost(Duration.ofSeconds(15)).until(() -> http.get("/health").json().get("mqtt").asText()
                    .equals("CONNECTED"));
            try (MqttProbe late = new MqttProbe(broker.url(), windowBoard, topics.window(5))) {
                await().atMost(Duration.ofSeconds(10)).until(() -> late.on(topics.window(5)).stream()
                        .anyMatch(m -> "A001".equals(m.json().at("/data/currentTicket").asText())));
            }
        }
    }
}
