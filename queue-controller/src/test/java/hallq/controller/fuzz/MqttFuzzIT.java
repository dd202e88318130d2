package hallq.controller.fuzz;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hallq.controller.app.Controller;
import hallq.controller.testing.Http;
import hallq.controller.testing.MqttProbe;
import hallq.controller.testing.TestHall;
import hallq.protocol.Json;
import hallq.protocol.mqtt.Topics;
import hallq.protocol.rest.DeviceView;
import hallq.protocol.testing.MutableClock;
import hallq.protocol.testing.Nasty;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.LongStream;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property test of every topic the controller listens to — caller keypads' commands, evaluators'
 * ratings, devices' status — against one real controller and its broker, each case reproducible
 * from its seed. Whatever is published (bytes that are not JSON, the wrong shape, nasty values, odd
 * topic levels), the listener survives: a valid message right after it is still carried out. A
 * command or rating is answered on its window's result topic when the topic names a window (and
 * dropped otherwise); when it is refused, nothing changed (SQLite rows and the hall in memory).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MqttFuzzIT {
    private static final ObjectMapper JSON = Json.lenient();
    private final MutableClock clock = MutableClock.mondayAt(10, 0);
    private final Topics topics = new Topics("yunshan-center");
    private Controller controller;
    private Path db;
    private MqttClient publisher;
    private MqttProbe results;
    private int answered;
    private int refused;
    private int dropped;
    private int brokerRefusals;

    private enum Kind { CALLER, RATING, DEVICE }

    @BeforeAll
    void start() throws Exception {
        Path data = TestHall.newDataDir();
        db = data.resolve("hallq.db");
        controller = TestHall.start(data, clock);
        Http http = Http.kiosk(controller);
        for (int i = 0; i < 30; i++) {
            assertEquals(201, http.issue(i % 2 == 0 ? "HJ" : "SB", "mqtt-fuzz-" + i).status());
        }
        results = new MqttProbe(controller, "hallq/v1/yunshan-center/callers/+/result",
                "hallq/v1/yunshan-center/evaluators/+/result");
        publisher = new MqttClient(controller.brokerUrl(), TestHall.PROBE + "@fuzz-" + UUID.randomUUID(),
                        new MemoryPersistence());
        publisher.setTimeToWait(5000);
        publisher.connect(options(controller));
    }

    @AfterAll
    void stop() throws Exception {
        System.out.printf("MQTT fuzz: %d answered with ok, %d refused with a reason, %d dropped (no window in the topic),"
                + " %d not taken by the broker%n", answered, refused, dropped, brokerRefusals);
        if (publisher != null) {
            publisher.disconnect();
            publisher.close();
        }
        if (results != null) {
            results.close();
        }
        if (controller != null) {
            controller.close();
        }
    }

    static LongStream cases() {
        return Nasty.seeds(300, 11);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("cases")
    void anyMessage_keepsTheListenerAlive_andARefusalChangesNothing(long seed) throws Exception {
        Random r = new Random(seed);
        Kind kind = Kind.values()[r.nextInt(3)];
        String level = level(r, kind);
        String topic = switch (kind) {
            case CALLER -> "hallq/v1/yunshan-center/callers/" + level + "/cmd";
            case RATING -> "hallq/v1/yunshan-center/evaluators/" + level + "/rating";
            case DEVICE -> "hallq/v1/yunshan-center/devices/" + level + "/status";
        };
        byte[] payload = payload(r, kind);
        String what = kind + " on " + Nasty.shown(topic) + ": " + Nasty.shown(new String(payload, StandardCharsets.UTF_8));
        int window = Topics.windowOf(topic);
        String resultTopic = kind == Kind.CALLER ? topics.callerResult(window) : topics.evaluatorResult(window);
        int resultsBefore = results.on(resultTopic).size();
        String before = StoreSnapshot.of(db, controller.service());
        var devicesBefore = devicesButTheProbe();

        boolean delivered = publish(topic, payload, r.nextBoolean() ? 1 : 0);
        probe(kind, seed, what);
        if (!delivered) {
            return;
        }

        if (kind == Kind.DEVICE) {
            if (!parsesAsJson(payload) || !level.matches("[A-Za-z0-9._-]{1,64}")) {
                assertEquals(devicesBefore, devicesButTheProbe(), what);
            }
            return;
        }
        if (window <= 0) {
            dropped++;
            return;
        }
        List<MqttProbe.Received> answers = results.on(resultTopic);
        int expected = window == 25 ? 2 : 1; // window 25 also carries the probe's answer
        assertEquals(resultsBefore + expected, answers.size(), what + ": not answered exactly once");
        JsonNode answer = answers.get(resultsBefore).json().get("data");
        assertFalse(answer.path("ok").isMissingNode(), what + " -> " + answer);
        if (answer.get("ok").asBoolean()) {
            answered++;
            return;
        }
        refused++;
        assertFalse(answer.path("message").asText().isBlank(), what + " -> " + answer);
        String after = StoreSnapshot.of(db, controller.service());
        assertEquals(before, after, what + " -> " + answer + "\n changed " + StoreSnapshot.firstDifference(before, after));
    }

    /** A valid message of the same kind, right behind the fuzzed one: it must still be handled. */
    private void probe(Kind kind, long seed, String what) throws Exception {
        switch (kind) {
            case CALLER -> {
                String id = "probe-" + seed;
                publish(topics.callerCommand(25), ("{\"cmd\":\"RECALL\",\"requestId\":\"" + id + "\"}")
                        .getBytes(StandardCharsets.UTF_8), 1);
                await("caller listener alive after " + what).atMost(Duration.ofSeconds(10)).until(() -> results
                        .on(topics.callerResult(25)).stream().anyMatch(m -> id.equals(m.json().at("/data/requestId").asText())));
            }
            case RATING -> {
                String ticket = "Z" + (seed % 1000);
                publish(topics.evaluatorRating(25), ("{\"score\":5,\"ticket\":\"" + ticket + "\"}")
                        .getBytes(StandardCharsets.UTF_8), 1);
                await("evaluator listener alive after " + what).atMost(Duration.ofSeconds(10)).until(() -> results
                        .on(topics.evaluatorResult(25)).stream().anyMatch(m -> ticket.equals(m.json().at("/data/ticket").asText())));
            }
            case DEVICE -> {
                String detail = "probe " + seed;
                publish(topics.deviceStatus("probe-device"), ("{\"device\":\"probe-device\",\"status\":\"WARNING\","
                        + "\"detail\":\"" + detail + "\"}").getBytes(StandardCharsets.UTF_8), 1);
                await("device listener alive after " + what).atMost(Duration.ofSeconds(10)).until(() -> controller
                        .service().devices().devices().stream().anyMatch(d -> detail.equals(d.detail())));
            }
        }
    }

    /**
     * Publishes; a broker may close the connection over a topic the MQTT spec forbids (control or
     * non-characters): then the publisher connects again, as a device would.
     */
    private boolean publish(String topic, byte[] payload, int qos) throws Exception {
        MqttMessage m = new MqttMessage(payload);
        m.setQos(qos);
        try {
            publisher.publish(topic, m);
            return true;
        } catch (MqttException | IllegalArgumentException e) {
            brokerRefusals++;
            if (!publisher.isConnected()) {
                try {
                    publisher.close(true);
                } catch (MqttException closing) {
                    // a broker that dropped us may leave the client half closed; a new one follows
                }
                publisher = new MqttClient(controller.brokerUrl(), TestHall.PROBE + "@fuzz-" + UUID.randomUUID(),
                        new MemoryPersistence());
                publisher.setTimeToWait(5000);
                publisher.connect(options(controller));
            }
            return false;
        }
    }

    private static MqttConnectOptions options(Controller controller) {
        MqttConnectOptions o = MqttProbe.options(TestHall.probeLogin(controller));
        o.setMaxInflight(1000);
        o.setConnectionTimeout(10);
        return o;
    }

    /** A topic level: a window or device id, or something that is none (no MQTT wildcards: they cannot be published). */
    private static String level(Random r, Kind kind) {
        List<String> plausible = kind == Kind.DEVICE ? List.of("kiosk-1-printer", "board-w1", "keypad-5", "x")
                : List.of("5", "18", "6", "25", "1", "30", "31", "9999", "0", "05");
        String s = r.nextBoolean() ? plausible.get(r.nextInt(plausible.size())) : Nasty.text(r, plausible);
        s = s.replaceAll("[+#/\u0000]", "").replaceAll("\\p{Cs}", "");
        if (s.length() > 500) {
            s = s.substring(0, 500);
        }
        return s.isEmpty() ? "-" : s;
    }

    private static byte[] payload(Random r, Kind kind) {
        ObjectNode valid = JSON.createObjectNode();
        switch (kind) {
            case CALLER -> {
                valid.put("cmd", List.of("NEXT", "RECALL", "CALL", "START", "COMPLETE", "NO_SHOW", "PAUSE", "RESUME",
                        "next", "FOO").get(r.nextInt(10)));
                valid.put("ticket", "A00" + (1 + r.nextInt(9)));
                valid.put("requestId", "fuzz-" + r.nextInt(50));
            }
            case RATING -> {
                valid.put("score", 1 + r.nextInt(5));
                valid.put("ticket", "G00" + (1 + r.nextInt(5)));
                valid.put("comment", "好");
            }
            case DEVICE -> {
                valid.put("device", "kiosk-1-printer");
                valid.put("kind", "escpos-printer");
                valid.put("status", List.of("ONLINE", "WARNING", "FAULT", "OFFLINE", "online", "BROKEN").get(r.nextInt(6)));
                valid.put("detail", "paper near end");
                valid.put("heartbeatSeconds", List.of(5, 0, -1, 3601, 30).get(r.nextInt(5)));
            }
        }
        int k = r.nextInt(10);
        if (k == 0) {
            return new byte[r.nextBoolean() ? 0 : 1 + r.nextInt(200)];
        }
        if (k == 1) {
            byte[] b = new byte[1 + r.nextInt(300)];
            r.nextBytes(b);
            return b;
        }
        if (k == 2) {
            return Nasty.brokenJson(r, valid.toString());
        }
        List<String> fields = new ArrayList<>();
        valid.fieldNames().forEachRemaining(fields::add);
        for (int m = r.nextInt(4); m > 0; m--) {
            String f = fields.get(r.nextInt(fields.size()));
            if (r.nextInt(5) == 0) {
                valid.remove(f);
            } else {
                valid.set(f, Nasty.value(r, List.of()));
            }
        }
        if (r.nextInt(4) == 0) {
            valid.put(Nasty.odd(r, 2), "unknown field");
        }
        if (r.nextBoolean()) {
            ObjectNode envelope = JSON.createObjectNode();
            envelope.put("schema", "hallq.caller-cmd/1");
            envelope.put("seq", r.nextInt(10));
            envelope.set("data", r.nextInt(8) == 0 ? Nasty.value(r, List.of()) : valid);
            return Nasty.utf8(envelope.toString());
        }
        return Nasty.utf8(valid.toString());
    }

    private List<DeviceView> devicesButTheProbe() {
        return controller.service().devices().devices().stream().filter(d -> !d.device().equals("probe-device")).toList();
    }

    private static boolean parsesAsJson(byte[] payload) {
        try {
            JsonNode n = JSON.readTree(payload);
            return n != null && !n.isMissingNode();
        } catch (Exception e) {
            return false;
        }
    }
}
