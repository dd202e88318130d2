package hallq.sim.mqtt;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import hallq.controller.app.Controller;
import hallq.controller.mqttauth.MqttRole;
import hallq.protocol.Json;
import hallq.protocol.config.HallConfig;
import hallq.protocol.config.HallConfigLoader;
import hallq.protocol.mqtt.CallerCommand;
import hallq.protocol.mqtt.EvaluatorPrompt;
import hallq.protocol.mqtt.MqttDevice;
import hallq.protocol.mqtt.MqttLogin;
import hallq.protocol.mqtt.RatingMessage;
import hallq.protocol.rest.IssueTicketRequest;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Simulated MQTT callers and evaluators against the real controller and its embedded broker: their
 * own logins and client ids, ONLINE on connect, OFFLINE by Last Will when they drop off, commands answered.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MqttDevicesIT {

    private static final InstantSource MONDAY_10 = InstantSource.fixed(Instant.parse("2026-11-23T02:00:00Z"));
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private final HallConfig config = new HallConfigLoader().load(Path.of("../config/demo-hall.yml"));
    private final String hall = config.hall().id();
    private Controller controller;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        controller = Controller.start(new Controller.Settings(config, dir, "127.0.0.1", 0, null, 0, MONDAY_10, true));
    }

    @AfterAll
    void stop() {
        if (controller != null) {
            controller.close();
        }
    }

    /** A device with its own login: callers and evaluators of the window in their id, probes as plain devices. */
    private MqttDevice device(String id, String kind) {
        MqttRole role = switch (kind) {
            case "caller" -> MqttRole.CALLER;
            case "evaluator" -> MqttRole.EVALUATOR;
            default -> MqttRole.DEVICE;
        };
        Integer window = role.needsWindow() ? Integer.valueOf(id.substring(id.lastIndexOf('-') + 1)) : null;
        MqttLogin login = controller.mqttAccounts().ensure(id, role, window);
        MqttDevice d = new MqttDevice(MqttDevice.Settings.of(controller.brokerUrl(), hall, id, kind, login));
        assertTrue(d.connect(Duration.ofSeconds(5)), id + " connects");
        return d;
    }

    /** Collects the status values published on a device's status topic. */
    private List<String> watchStatus(MqttDevice probe, String deviceId) {
        List<String> seen = new CopyOnWriteArrayList<>();
        probe.subscribe(probe.topics().deviceStatus(deviceId), (topic, payload) -> {
            try {
                JsonNode node = Json.lenient().readTree(payload);
                seen.add(node.at("/data/status").asText());
            } catch (IOException e) {
                seen.add("unreadable");
            }
        });
        return seen;
    }

    @Test
    void caller_next_isAnsweredWithTheCalledTicket() throws Exception {
        var issued = controller.service().tickets().issue(new IssueTicketRequest("QY", "mqtt-it-0001", null, null, null, null), "test");
        try (MqttCaller caller = new MqttCaller(device("caller-10", "caller"), 10, MONDAY_10, ZONE)) {
            CallerCommand.Result r = caller.send("NEXT", null).get(10, TimeUnit.SECONDS);

            assertTrue(r.ok(), r::toString);
            assertEquals(issued.number(), r.ticket());
            CallerCommand.Result again = caller.send("NEXT", null).get(10, TimeUnit.SECONDS);
            assertFalse(again.ok(), "a called citizen must be started, recalled or marked no-show first");
        }
    }

    @Test
    void device_dropsOff_lastWillPublishesOffline() {
        try (MqttDevice probe = device("probe-will", "test")) {
            List<String> seen = watchStatus(probe, "caller-21");
            MqttDevice caller = device("caller-21", "caller");
            await().atMost(Duration.ofSeconds(10)).until(() -> seen.contains("ONLINE"));

            caller.crash();

            await().atMost(Duration.ofSeconds(15)).until(() -> seen.size() >= 2 && seen.get(seen.size() - 1).equals("OFFLINE"));
        }
    }

    @Test
    void device_switchedOff_saysOfflineAndItStaysRetained() {
        MqttDevice evaluator = device("evaluator-22", "evaluator");
        evaluator.close();
        try (MqttDevice late = device("probe-late", "test")) {
            List<String> seen = watchStatus(late, "evaluator-22");
            await().atMost(Duration.ofSeconds(10)).until(() -> seen.contains("OFFLINE"));
            assertFalse(seen.contains("ONLINE"));
        }
    }

    @Test
    void evaluator_promptedOnCompletion_ratingIsTaken() throws Exception {
        var issued = controller.service().tickets().issue(new IssueTicketRequest("GC", "mqtt-it-0002", null, null, null, null), "test");
        List<EvaluatorPrompt> prompts = new CopyOnWriteArrayList<>();
        try (MqttEvaluator evaluator = new MqttEvaluator(device("evaluator-12", "evaluator"), 12, MONDAY_10, ZONE,
                prompts::add);
             MqttCaller caller = new MqttCaller(device("caller-12", "caller"), 12, MONDAY_10, ZONE)) {
            assertEquals(issued.number(), caller.send("NEXT", null).get(10, TimeUnit.SECONDS).ticket());
            assertTrue(caller.send("START", null).get(10, TimeUnit.SECONDS).ok());
            assertTrue(caller.send("COMPLETE", null).get(10, TimeUnit.SECONDS).ok());

            await().atMost(Duration.ofSeconds(10)).until(() -> !prompts.isEmpty());
            assertEquals(issued.number(), prompts.get(0).ticket());
            RatingMessage.Result r = evaluator.rate(prompts.get(0).ticket(), 5).get(10, TimeUnit.SECONDS);
            assertTrue(r.ok(), r::toString);
        }
    }
}
