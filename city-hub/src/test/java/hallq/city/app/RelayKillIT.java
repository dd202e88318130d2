package hallq.city.app;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hallq.city.core.HallEntry;
import hallq.city.store.HubDatabase;
import hallq.controller.adapter.sqlite.SqliteOutbox;
import hallq.controller.mqttauth.MqttAccounts;
import hallq.controller.mqttauth.MqttRole;
import hallq.protocol.config.HallConfig;
import hallq.protocol.config.HallConfigLoader;
import hallq.protocol.mqtt.MqttLogin;
import hallq.protocol.testing.TestDirs;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.time.ZoneId;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The hall's controller as its own JVM, sending to a real hub, killed with SIGKILL again and again
 * while a kiosk issues tickets and its relay is mid-batch; started again on the same data each time.
 * Afterwards the hub holds every event the hall wrote, each once, without a gap, and its rollups equal
 * a recomputation from the raw events.
 */
class RelayKillIT {
    private static final String PASSWORD = "a hall password 1";
    private static final int KILLS = Integer.getInteger("fault.kills", 4);
    private static final Duration WAIT = Duration.ofSeconds(60);
    private final Path hubDir = TestDirs.fresh("hub-kill");
    private final Path hallDir = TestDirs.fresh("hall-kill");
    private final Path configFile = Path.of("../config/demo-hall.yml").toAbsolutePath().normalize();
    private final HallConfig config = new HallConfigLoader().load(configFile);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private Hub hub;
    private Jvm controller;

    @AfterEach
    void stop() throws Exception {
        if (controller != null) {
            controller.close();
        }
        if (hub != null) {
            hub.close();
        }
    }

    @Test
    void aControllerKilledMidBatch_again_andAgain_leavesTheHubWithEveryEventOnce() throws Exception {
        hub = Hub.start(HubDatabase.privateCluster(hubDir), "127.0.0.1", 0, InstantSource.system());
        hub.registry().add(new HallEntry("city", "市中心", HallEntry.Level.CITY, null, null, null, null), PASSWORD.toCharArray());
        hub.registry().add(new HallEntry(config.hall().id(), config.hall().name(), HallEntry.Level.DISTRICT, "city", null,
                null, null), PASSWORD.toCharArray());
        Files.createDirectories(hallDir.resolve("secrets"));
        Files.writeString(hallDir.resolve("secrets").resolve("city-hub.password"), PASSWORD + "\n");
        MqttLogin kiosk = MqttAccounts.open(hallDir).ensure("kiosk-1", MqttRole.KIOSK, null);
        int port = Jvm.freePort();
        controller = Jvm.controller("the controller", configFile, hallDir, port, hub.url());
        Random random = new Random(20261203L);
        AtomicInteger issued = new AtomicInteger();
        for (int round = 0; round <= KILLS; round++) {
            controller.start();
            AtomicBoolean go = new AtomicBoolean(true);
            Thread kioskThread = new Thread(() -> {
                while (go.get()) {
                    try {
                        if (issue(port, kiosk) == 201) {
                            issued.incrementAndGet();
                        }
                    } catch (IOException e) {
                        return; // the controller is gone
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }, "kiosk");
            kioskThread.start();
            if (round < KILLS) {
                // let it issue and relay, then kill it in the middle of whatever it does: the point is
                // a number of events held by the hub, drawn from the seed
                long killAt = hub.events().ack(config.hall().id()).watermark() + 20 + random.nextInt(40);
                await().atMost(WAIT).pollInterval(Duration.ofMillis(5))
                        .until(() -> hub.events().ack(config.hall().id()).watermark() >= killAt);
                controller.kill();
            } else {
                await().atMost(WAIT).until(() -> issued.get() > 0 && highest() > 0);
            }
            go.set(false);
            kioskThread.join();
        }
        controller.stop(); // a last, orderly stop: what it wrote is all in its outbox now
        long written = highest();
        assertTrue(issued.get() > 50, "the kiosk issued through every life of the controller: " + issued.get());
        controller.start(); // and whatever the hub did not take yet goes with the next life
        await().atMost(WAIT).until(() -> hub.events().ack(config.hall().id()).watermark() >= written);
        controller.stop();
        HubChecks.holdsExactly(hub.database(), config.hall().id(), hub.events().ack(config.hall().id()).watermark());
        HubChecks.rollupsMatchRawEvents(hub.database(), config.hall().id(), ZoneId.of(config.hall().timezone()));
    }

    private int issue(int port, MqttLogin kiosk) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/tickets"))
                .header("Authorization", kiosk.httpAuthorization()).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(5)).POST(HttpRequest.BodyPublishers.ofString("{\"serviceId\":\"SB\"}")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private long highest() throws Exception {
        try (SqliteOutbox outbox = SqliteOutbox.open(hallDir.resolve("hallq.db"))) {
            return outbox.highest();
        }
    }
}
