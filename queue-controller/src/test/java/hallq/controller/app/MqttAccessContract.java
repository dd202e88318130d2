package hallq.controller.app;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import hallq.controller.mqttauth.MqttAccounts;
import hallq.controller.mqttauth.MqttRole;
import hallq.controller.testing.Http;
import hallq.controller.testing.MqttProbe;
import hallq.controller.testing.TestHall;
import hallq.protocol.mqtt.MqttLogin;
import hallq.protocol.mqtt.Topics;
import hallq.protocol.testing.MutableClock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttSecurityException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A broker's access control against intruders, for the embedded broker ({@link MqttAccessIT}) and
 * mosquitto with the generated files ({@link MosquittoAccessIT}): no login, a wrong password or another
 * client's id get no connection; a board that publishes a call and a caller that presses another
 * window's key are dropped by the broker, so no subscriber sees them and the hall does not change.
 * Each refused message is followed by an allowed one from the same client: once that one has had
 * its effect, the refused one would have had its own.
 */
abstract class MqttAccessContract {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String FAKE_CALL = "{\"schema\":\"hallq.call/1\",\"epoch\":\"fake\",\"seq\":1,"
            + "\"at\":\"2026-11-23T09:30:00+08:00\",\"data\":{\"ticket\":\"Z999\",\"window\":5,\"windowName\":\"5号窗口\","
            + "\"serviceId\":\"HJ\",\"recall\":false,\"callCount\":1}}";
    protected final Topics topics = new Topics("yunshan-center");
    protected final MutableClock clock = MutableClock.mondayAt(9, 30);
    protected Controller controller;
    private Http http;
    private MqttProbe everything;

    /**
     * Starts the broker and the controller on {@code data}, whose MQTT clients are made beforehand:
     * {@link TestHall#PROBE}, {@code hall-board}, {@code caller-5}, {@code caller-6}.
     */
    protected abstract Controller startHall(Path data) throws Exception;

    protected abstract void stopBroker() throws Exception;

    @BeforeEach
    void start() throws Exception {
        Path data = TestHall.newDataDir();
        MqttAccounts accounts = MqttAccounts.open(data);
        accounts.controllerLogin();
        accounts.ensure(TestHall.PROBE, MqttRole.CONTROLLER, null);
        accounts.ensure("hall-board", MqttRole.BOARD, null);
        accounts.ensure("caller-5", MqttRole.CALLER, 5);
        accounts.ensure("caller-6", MqttRole.CALLER, 6);
        controller = startHall(data);
        http = Http.manager(controller.httpPort());
        everything = new MqttProbe(controller, "hallq/v1/yunshan-center/#");
    }

    @AfterEach
    void stop() throws Exception {
        try {
            if (everything != null) {
                everything.close();
            }
        } finally {
            try {
                if (controller != null) {
                    controller.close();
                }
            } finally {
                stopBroker();
            }
        }
    }

    @Test
    void connect_withoutLoginOrWithAWrongOne_isRefused_theRightOneConnects() throws Exception {
        MqttLogin board = TestHall.login(controller, "hall-board", MqttRole.BOARD, null);
        String url = controller.brokerUrl();
        assertRefused(url, "hall-board", null, null);
        assertRefused(url, "hall-board", "hall-board", null);
        assertRefused(url, "hall-board", "hall-board", "not-the-password");
        assertRefused(url, "hall-board", "nobody", board.password());
        MqttAsyncClient ok = connect(board, "hall-board");
        assertTrue(ok.isConnected());
        close(ok);
    }

    @Test
    void aClientBorrowingTheControllersId_doesNotTakeItsSession() throws Exception {
        MqttLogin board = TestHall.login(controller, "hall-board", MqttRole.BOARD, null);
        MqttAsyncClient borrower = new MqttAsyncClient(controller.brokerUrl(), "controller", new MemoryPersistence());
        try {
            borrower.connect(MqttProbe.options(board)).waitForCompletion(WAIT.toMillis());
        } catch (MqttSecurityException e) {
            // refused outright (the embedded broker); mosquitto gives it its username as id instead
        }
        callA001AtWindow5(); // the controller still publishes...
        assertTrue(everything.on(topics.deviceStatus("controller")).stream()
                .noneMatch(m -> m.json().toString().contains("OFFLINE")), "...and never dropped off");
        assertEquals("ONLINE", deviceState("controller"));
        if (borrower.isConnected()) {
            close(borrower);
        } else {
            borrower.close(true);
        }
    }

    @Test
    void aLastWillOnAnotherClientsTopic_isNeverPublished_oneOnItsOwnStatusIs() throws Exception {
        MqttLogin caller = TestHall.login(controller, "caller-5", MqttRole.CALLER, 5);
        dropWithWill(caller, topics.deviceStatus("caller-5"), status("caller-5", "OFFLINE"));
        await().atMost(WAIT).until(() -> everything.on(topics.deviceStatus("caller-5")).stream()
                .anyMatch(m -> m.json().toString().contains("OFFLINE"))); // the same drop does send an allowed will

        dropWithWill(caller, topics.calls(), FAKE_CALL);
        dropWithWill(caller, topics.callerCommand(6), "{\"cmd\":\"NEXT\",\"requestId\":\"will-6\"}");
        callA001AtWindow5();
        assertTrue(everything.messages.stream().noneMatch(m -> m.json().toString().contains("Z999")),
                "a caller's will reached a subscriber");
        assertTrue(everything.on(topics.callerCommand(6)).isEmpty(), "a will pressed window 6's key");
        assertTrue(everything.on(topics.callerResult(6)).isEmpty());
    }

    /** Connects with a Last Will and drops off without DISCONNECT, when the broker sends the will. */
    private void dropWithWill(MqttLogin login, String willTopic, String will) throws Exception {
        MqttAsyncClient c = new MqttAsyncClient(controller.brokerUrl(), login.username(), new MemoryPersistence());
        MqttConnectOptions o = MqttProbe.options(login);
        o.setWill(willTopic, bytes(will), 1, false);
        try {
            c.connect(o).waitForCompletion(WAIT.toMillis());
            c.disconnectForcibly(0, 500, false);
        } catch (MqttSecurityException e) {
            // refused at connect (the embedded broker's gate): no will to send either
        } finally {
            c.close(true);
        }
    }

    private void callA001AtWindow5() {
        http.issue("HJ", null);
        assertEquals(200, http.post("/api/v1/windows/5/call-next", null).status());
        await().atMost(WAIT).until(() -> !everything.on(topics.calls()).isEmpty());
        assertEquals("A001", everything.on(topics.calls()).get(0).json().at("/data/ticket").asText());
    }

    @Test
    void aBoardPublishingACall_isDropped_noSubscriberSeesIt() throws Exception {
        MqttAsyncClient board = connect(TestHall.login(controller, "hall-board", MqttRole.BOARD, null), "hall-board");
        try {
            board.publish(topics.calls(), bytes(FAKE_CALL), 1, false);
            board.publish(topics.calls(), bytes(FAKE_CALL), 0, false);
            board.publish(topics.window(5), bytes(FAKE_CALL), 1, true);
            board.publish(topics.deviceStatus("controller"), bytes(status("controller", "OFFLINE")), 1, true);
            board.subscribe(topics.calls(), 1).waitForCompletion(WAIT.toMillis()); // the broker has handled all four

            callA001AtWindow5();
            assertTrue(everything.messages.stream().noneMatch(m -> m.json().toString().contains("Z999")),
                    "a board's call reached a subscriber");
            assertEquals("ONLINE", deviceState("controller"));
            assertTrue(controller.mqttAccounts().find("hall-board").isPresent());
        } finally {
            close(board);
        }
    }

    @Test
    void aCallerPressingAnotherWindowsKey_isDropped_andTheHallDoesNotChange() throws Exception {
        http.issue("HJ", null);
        http.issue("HJ", null);
        MqttAsyncClient caller5 = connect(TestHall.login(controller, "caller-5", MqttRole.CALLER, 5), "caller-5");
        try {
            caller5.publish(topics.callerCommand(6), bytes("{\"cmd\":\"NEXT\",\"requestId\":\"intruder-1\"}"), 1, false);
            caller5.publish(topics.evaluatorRating(6), bytes("{\"score\":1}"), 1, false);
            caller5.publish(topics.deviceStatus("caller-6"), bytes(status("caller-6", "FAULT")), 1, true);
            caller5.publish(topics.callerCommand(5), bytes("{\"cmd\":\"NEXT\",\"requestId\":\"own-1\"}"), 1, false);
            await().atMost(WAIT).until(() -> !everything.on(topics.callerResult(5)).isEmpty());
            assertEquals("A001", everything.on(topics.callerResult(5)).get(0).json().at("/data/ticket").asText());

            assertTrue(everything.on(topics.callerCommand(6)).isEmpty(), "the command reached the hall");
            assertTrue(everything.on(topics.callerResult(6)).isEmpty(), "the controller answered window 6");
            assertTrue(everything.on(topics.deviceStatus("caller-6")).isEmpty());
            assertTrue(everything.on(topics.evaluatorRating(6)).isEmpty());
            JsonNode hj = http.get("/api/v1/services/HJ").json();
            assertEquals(1, hj.get("waiting").asInt(), "only window 5 called");
            assertTrue(http.get("/api/v1/windows/6").json().path("currentTicket").isNull()
                    || http.get("/api/v1/windows/6").json().path("currentTicket").isMissingNode());
        } finally {
            close(caller5);
        }
        // window 6's own keypad may: the refused command was one the hall would have carried out
        MqttAsyncClient caller6 = connect(TestHall.login(controller, "caller-6", MqttRole.CALLER, 6), "caller-6");
        try {
            caller6.publish(topics.callerCommand(6), bytes("{\"cmd\":\"NEXT\",\"requestId\":\"own-6\"}"), 1, false);
            await().atMost(WAIT).until(() -> !everything.on(topics.callerResult(6)).isEmpty());
            assertEquals("A002", everything.on(topics.callerResult(6)).get(0).json().at("/data/ticket").asText());
        } finally {
            close(caller6);
        }
    }

    private String deviceState(String device) {
        for (JsonNode d : http.get("/api/v1/devices").json()) {
            if (d.get("device").asText().equals(device)) {
                return d.get("state").asText();
            }
        }
        return null;
    }

    protected void assertRefused(String url, String clientId, String user, String password) throws Exception {
        MqttAsyncClient c = new MqttAsyncClient(url, clientId, new MemoryPersistence());
        try {
            MqttConnectOptions o = new MqttConnectOptions();
            o.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
            if (user != null) {
                o.setUserName(user);
            }
            if (password != null) {
                o.setPassword(password.toCharArray());
            }
            assertThrows(MqttSecurityException.class, () -> c.connect(o).waitForCompletion(WAIT.toMillis()),
                    "client id " + clientId + ", user " + user);
        } finally {
            c.close(true);
        }
    }

    protected MqttAsyncClient connect(MqttLogin login, String clientId) throws MqttException {
        MqttAsyncClient c = new MqttAsyncClient(controller.brokerUrl(), clientId, new MemoryPersistence());
        c.connect(MqttProbe.options(login)).waitForCompletion(WAIT.toMillis());
        return c;
    }

    /** A refused QoS 1 publish is never acknowledged by Moquette: do not wait for it on the way out. */
    protected static void close(MqttAsyncClient c) throws MqttException {
        c.disconnectForcibly(0, 500, false);
        c.close(true);
    }

    private static String status(String device, String state) {
        return "{\"schema\":\"hallq.device-status/1\",\"data\":{\"device\":\"" + device + "\",\"kind\":\"caller\","
                + "\"status\":\"" + state + "\"}}";
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
