package hallq.board.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import hallq.protocol.Json;
import hallq.protocol.mqtt.CallEvent;
import hallq.protocol.mqtt.Envelope;
import hallq.protocol.mqtt.HallSnapshot;
import hallq.protocol.mqtt.HallStatus;
import hallq.protocol.mqtt.MqttLogin;
import hallq.protocol.mqtt.Topics;
import hallq.protocol.rest.ServiceView;
import hallq.protocol.rest.WindowView;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/** Publishes protocol messages the way the queue controller does: envelopes, per-topic seqs, retained state. */
public final class ControllerPublisher implements AutoCloseable {
    private final ObjectMapper json = Json.strict();
    private final Topics topics;
    private final String epoch;
    private final Map<String, Long> seqs = new HashMap<>();
    private final MqttClient client;

    public ControllerPublisher(String brokerUrl, String hallId, String epoch) throws MqttException {
        this(brokerUrl, hallId, epoch, MqttLogin.ANONYMOUS);
    }

    /** Logged in as {@code login} (a client with the controller's role on a hall's broker). */
    public ControllerPublisher(String brokerUrl, String hallId, String epoch, MqttLogin login) throws MqttException {
        this.topics = new Topics(hallId);
        this.epoch = epoch;
        String tag = "test-controller-" + epoch + "-" + System.nanoTime();
        this.client = new MqttClient(brokerUrl, login.clientId(tag, tag), new MemoryPersistence());
        MqttConnectOptions options = new MqttConnectOptions();
        options.setMaxInflight(1000);
        if (!login.anonymous()) {
            options.setUserName(login.username());
            options.setPassword(login.password().toCharArray());
        }
        client.connect(options);
    }

    /** The snapshot and, as the controller does with every snapshot, the hall status for window boards. */
    public void hall(HallSnapshot snapshot) throws Exception {
        publish(topics.hall(), HallSnapshot.SCHEMA, snapshot, true);
        publish(topics.status(), HallStatus.SCHEMA, HallStatus.of(snapshot), true);
    }

    /** What the controller publishes when it starts: the snapshot, the status and every window's state. */
    public void start(HallSnapshot snapshot) throws Exception {
        hall(snapshot);
        for (WindowView w : snapshot.windows()) {
            window(w);
        }
    }

    public void window(WindowView window) throws Exception {
        publish(topics.window(window.number()), WindowView.SCHEMA, window, true);
    }

    public void queue(ServiceView queue) throws Exception {
        publish(topics.queue(queue.id()), ServiceView.SCHEMA, queue, true);
    }

    public void call(CallEvent call) throws Exception {
        publish(topics.calls(), CallEvent.SCHEMA, call, false);
    }

    /** Sends raw bytes on a topic, e.g. garbage to prove a board survives it. */
    public void raw(String topic, String payload, boolean retained) throws MqttException {
        client.publish(topic, payload.getBytes(StandardCharsets.UTF_8), 1, retained);
    }

    /** Pretends messages were lost: the next seq on the topic jumps by {@code n}. */
    public void skip(String topic, int n) {
        seqs.merge(topic, (long) n, Long::sum);
    }

    public Topics topics() {
        return topics;
    }

    private void publish(String topic, String schema, Object data, boolean retained) throws Exception {
        long seq = seqs.merge(topic, 1L, Long::sum);
        Envelope<Object> envelope = new Envelope<>(schema, epoch, seq, OffsetDateTime.now(), data);
        try {
            client.publish(topic, json.writeValueAsBytes(envelope), 1, retained);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws MqttException {
        if (client.isConnected()) {
            client.disconnect();
        }
        client.close();
    }
}
