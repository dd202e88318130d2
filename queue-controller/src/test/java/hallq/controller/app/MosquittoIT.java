package hallq.controller.app;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import hallq.controller.testing.Http;
import hallq.controller.testing.MqttProbe;
import hallq.controller.testing.MutableClock;
import hallq.controller.testing.TestHall;
import hallq.protocol.mqtt.Topics;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The controller against Debian's mosquitto as an external broker, including a broker restart. */
class MosquittoIT {
    private final Topics topics = new Topics("yunshan-center");

    @Test
    void externalBroker_carriesCalls_andRetainedStateComesBackAfterABrokerRestart() throws Exception {
        Path data = TestHall.newDataDir();
        int port = freePort();
        Path conf = data.resolve("mosquitto.conf");
        Files.writeString(conf, "listener " + port + " 127.0.0.1\nallow_anonymous true\npersistence false\n");
        Process broker = startMosquitto(conf, port);
        String url = "tcp://127.0.0.1:" + port;
        try (Controller c = TestHall.start(data, MutableClock.mondayAt(10, 0), url)) {
            Http http = Http.manager(c.httpPort());
            try (MqttProbe probe = new MqttProbe(url, topics.calls())) {
                http.issue("HJ", null);
                http.post("/api/v1/windows/5/call-next", null);
                await().atMost(Duration.ofSeconds(5)).until(() -> probe.on(topics.calls()).size() == 1);
                assertEquals("A001", probe.on(topics.calls()).get(0).json().at("/data/ticket").asText());
            }
            broker.destroy();
            broker.waitFor(10, TimeUnit.SECONDS);
            broker = startMosquitto(conf, port); // no persistence: retained state is gone until republished
            await().atMost(Duration.ofSeconds(15)).until(() -> http.get("/health").json().get("mqtt").asText()
                    .equals("CONNECTED"));
            try (MqttProbe late = new MqttProbe(url, topics.window(5))) {
                await().atMost(Duration.ofSeconds(10)).until(() -> late.on(topics.window(5)).stream()
                        .anyMatch(m -> "A001".equals(m.json().at("/data/currentTicket").asText())));
            }
        } finally {
            broker.destroy();
            broker.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static Process startMosquitto(Path conf, int port) throws Exception {
        Process p;
        try {
            p = new ProcessBuilder("mosquitto", "-c", conf.toString()).redirectErrorStream(true)
                    .redirectOutput(conf.resolveSibling("mosquitto.log").toFile()).start();
        } catch (IOException e) {
            throw new AssertionError("mosquitto is not installed (Debian package 'mosquitto'; .ci/run installs it)", e);
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            try (Socket s = new Socket("127.0.0.1", port)) {
                return true;
            } catch (IOException e) {
                return false;
            }
        });
        return p;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
