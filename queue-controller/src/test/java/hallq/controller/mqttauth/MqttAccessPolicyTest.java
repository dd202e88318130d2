package hallq.controller.mqttauth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who may publish and subscribe where: client role × topic × publish/subscribe. */
class MqttAccessPolicyTest {
    private static final String HASH = MosquittoHash.hash("irrelevant".toCharArray(), new SecureRandom());
    private static final String H = "hallq/v1/yunshan-center/";
    private final MqttAccessPolicy policy = new MqttAccessPolicy("yunshan-center");

    private static MqttAccount client(String name) {
        return switch (name) {
            case "controller" -> new MqttAccount(name, MqttRole.CONTROLLER, null, HASH);
            case "hall-board" -> new MqttAccount(name, MqttRole.BOARD, null, HASH);
            case "board-w5" -> new MqttAccount(name, MqttRole.BOARD, 5, HASH);
            case "caller-5" -> new MqttAccount(name, MqttRole.CALLER, 5, HASH);
            case "evaluator-5" -> new MqttAccount(name, MqttRole.EVALUATOR, 5, HASH);
            case "printer-1" -> new MqttAccount(name, MqttRole.DEVICE, null, HASH);
            case "kiosk-1" -> new MqttAccount(name, MqttRole.KIOSK, null, HASH);
            case "printer-w5" -> new MqttAccount(name, MqttRole.PRINTER, 5, HASH);
            default -> throw new IllegalArgumentException(name);
        };
    }

    @ParameterizedTest(name = "{0} publishes {1}: {2}")
    @CsvSource({
            // the controller: anything under its hall, nothing elsewhere
            "controller, hall, true",
            "controller, calls, true",
            "controller, windows/5, true",
            "controller, alerts, true",
            "controller, callers/5/result, true",
            "controller, devices/controller/status, true",
            "controller, /elsewhere, false",
            // a board: nothing at all
            "hall-board, calls, false",
            "hall-board, hall, false",
            "hall-board, windows/5, false",
            "hall-board, devices/hall-board/status, false",
            "board-w5, callers/5/cmd, false",
            // a window printer: its own window's print results and its own status
            "printer-w5, printers/5/result, true",
            "printer-w5, devices/printer-w5/status, true",
            "printer-w5, printers/6/result, false",
            "printer-w5, printers/5/job, false",
            "printer-w5, callers/5/cmd, false",
            "printer-w5, devices/printer-1/status, false",
            "controller, printers/5/job, true",
            // a caller: its own window's command and its own status
            "caller-5, callers/5/cmd, true",
            "caller-5, devices/caller-5/status, true",
            "caller-5, callers/6/cmd, false",
            "caller-5, callers/5/result, false",
            "caller-5, devices/caller-6/status, false",
            "caller-5, devices/controller/status, false",
            "caller-5, evaluators/5/rating, false",
            "caller-5, calls, false",
            "caller-5, windows/5, false",
            "caller-5, queues/HJ, false",
            "caller-5, alerts, false",
            "caller-5, callers/+/cmd, false",
            "caller-5, callers/5/cmd/extra, false",
            // an evaluator: its own window's rating and its own status
            "evaluator-5, evaluators/5/rating, true",
            "evaluator-5, devices/evaluator-5/status, true",
            "evaluator-5, evaluators/6/rating, false",
            "evaluator-5, evaluators/5/prompt, false",
            "evaluator-5, evaluators/5/result, false",
            "evaluator-5, callers/5/cmd, false",
            // any other device: its own status only
            "printer-1, devices/printer-1/status, true",
            "printer-1, devices/printer-2/status, false",
            "printer-1, alerts, false",
            // a kiosk (its tickets go over REST): its own status only
            "kiosk-1, devices/kiosk-1/status, true",
            "kiosk-1, devices/kiosk-2/status, false",
            "kiosk-1, queues/HJ, false",
            "kiosk-1, calls, false",
    })
    void mayPublish(String name, String topic, boolean allowed) {
        String full = topic.startsWith("/") ? topic.substring(1) : H + topic;
        assertEquals(allowed, policy.mayPublish(client(name), full));
    }

    @ParameterizedTest(name = "{0} subscribes {1}: {2}")
    @CsvSource({
            "controller, hallq/v1/yunshan-center/#, true",
            "controller, hallq/v1/yunshan-center/callers/+/cmd, true",
            "controller, #, false",
            "controller, hallq/#, false",
            "hall-board, hallq/v1/yunshan-center/hall, true",
            "hall-board, hallq/v1/yunshan-center/windows/+, true",
            "hall-board, hallq/v1/yunshan-center/calls, true",
            "hall-board, hallq/v1/+/calls, false",
            "hall-board, hallq/v1/other-hall/calls, false",
            "hall-board, #, false",
            "hall-board, $SYS/#, false",
            "hall-board, hallq/v1/yunshan-center, false",
            "caller-5, hallq/v1/yunshan-center/callers/5/result, true",
            "evaluator-5, hallq/v1/yunshan-center/evaluators/5/prompt, true",
            "printer-1, +/+/+/#, false",
    })
    void maySubscribe(String name, String filter, boolean allowed) {
        assertEquals(allowed, policy.maySubscribe(client(name), filter));
    }

    @Test
    void mayPublish_anotherHallsTopics_noOne() {
        for (String name : new String[] {"controller", "caller-5", "evaluator-5", "printer-1"}) {
            assertFalse(policy.mayPublish(client(name), "hallq/v1/other-hall/callers/5/cmd"), name);
            assertFalse(policy.mayPublish(client(name), "hallq/v1/other-hall/devices/" + name + "/status"), name);
        }
    }

    @Test
    void mayUseClientId_ownNameOrNameAtTag_only() {
        assertTrue(policy.mayUseClientId(client("caller-5"), "caller-5"));
        assertTrue(policy.mayUseClientId(client("hall-board"), "hall-board@3f2a9c01"));
        assertFalse(policy.mayUseClientId(client("caller-5"), "caller-51"));
        assertFalse(policy.mayUseClientId(client("caller-5"), "caller-5-x"));
        assertFalse(policy.mayUseClientId(client("hall-board"), "controller"));
        assertFalse(policy.mayUseClientId(client("hall-board"), "hallq-controller-yunshan-center"));
        assertFalse(policy.mayUseClientId(client("hall-board"), null));
    }
}
