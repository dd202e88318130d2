package hallq.controller.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import hallq.controller.app.Controller;
import hallq.protocol.Json;
import hallq.protocol.mqtt.MqttLogin;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/** A real Paho subscriber that records every message it receives, with the time it arrived. */
public final class MqttProbe implements AutoCloseable {
    public record Received(String topic, JsonNode json, long nanos) {
    }

    private static final ObjectMapper MAPPER = Json.lenient();
    private final MqttClient client;
    public final List<Received> messages = new CopyOnWriteArrayList<>();

    /** A probe of a test hall, logged in as {@link TestHall#PROBE} (reads and publishes anything in the hall). */
    public MqttProbe(Controller c, String... filters) throws Exception {
        this(c.brokerUrl(), TestHall.probeLogin(c), filters);
    }

    /** An anonymous probe, for an open broker. */
    public MqttProbe(String brokerUrl, String... filters) throws Exception {
        this(brokerUrl, MqttLogin.ANONYMOUS, filters);
    }

    public MqttProbe(String brokerUrl, MqttLogin login, String... filters) throws Exception {
        String tag = "probe-" + UUID.randomUUID();
        client = new MqttClient(brokerUrl, login.clientId(tag, tag), new MemoryPersistence());
        client.setTimeToWait(10_000);
        client.setCallback(new MqttCallback() {
            @Override
            public void connectionLost(Throwable cause) {
            }

            @Override
            public void messageArrived(String topic, MqttMessage message) throws Exception {
                JsonNode json;
                try {
                    json = MAPPER.readTree(message.getPayload());
                } catch (IOException e) {
                    json = TextNode.valueOf(new String(message.getPayload(), StandardCharsets.UTF_8));
                }
                messages.add(new Received(topic, json, System.nanoTime()));
            }

            @Override
            public void deliveryComplete(IMqttDeliveryToken token) {
            }
        });
        MqttConnectOptions o = options(login);
        o.setMaxInflight(1000);
        o.setConnectionTimeout(30);
        connect(o, filters);
    }

    /**
     * Connects and subscribes like every HallQ client does: when the broker drops the connection
     * before the subscriptions are in place (Moquette 0.17 sometimes closes a fresh connection on a
     * loaded machine: "SUBSCRIBE received on already closed connection"), it starts over, up to three times.
     */
    private void connect(MqttConnectOptions o, String... filters) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                if (client.isConnected()) {
                    client.disconnectForcibly(0, 100);
                }
                client.connect(o);
                for (String f : filters) {
                    client.subscribe(f, 1);
                }
                return;
            } catch (MqttException e) {
                if (attempt == 3 || e.getReasonCode() != MqttException.REASON_CODE_CONNECTION_LOST
                        && e.getReasonCode() != MqttException.REASON_CODE_CLIENT_EXCEPTION) {
                    throw e;
                }
            }
        }
    }

    /** Connect options as the probe uses them, with {@code login}'s credentials. */
    public static MqttConnectOptions options(MqttLogin login) {
        MqttConnectOptions o = new MqttConnectOptions();
        o.setCleanSession(true);
        o.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
        if (!login.anonymous()) {
            o.setUserName(login.username());
            o.setPassword(login.password().toCharArray());
        }
        return o;
    }

    public List<Received> on(String topic) {
        return messages.stream().filter(m -> m.topic().equals(topic)).toList();
    }

    public void publish(String topic, String json) throws Exception {
        MqttMessage m = new MqttMessage(json.getBytes(StandardCharsets.UTF_8));
        m.setQos(1);
        client.publish(topic, m);
    }

    @Override
    public void close() throws Exception {
        client.disconnect();
        client.close();
    }
}
