package hallq.controller.adapter.mqtt;

import hallq.protocol.mqtt.MqttLogin;
import java.util.function.BiConsumer;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/**
 * A plain MQTT 3.1.1 client that blocks on each step and never reconnects: what the benchmarks use
 * to stand where a board or a device would, timing a connect or a message. The controller itself
 * uses {@link MqttConnection}, which keeps its link up.
 */
public final class BlockingMqttClient implements AutoCloseable {
    private final MqttClient client;

    private BlockingMqttClient(MqttClient client) {
        this.client = client;
    }

    /** Connects now (up to 1,000 messages in flight), as {@code login}, or throws why not. */
    public static BlockingMqttClient connect(String brokerUrl, String clientId, MqttLogin login) throws MqttException {
        MqttClient c = new MqttClient(brokerUrl, clientId, new MemoryPersistence());
        MqttConnectOptions o = new MqttConnectOptions();
        o.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
        o.setMaxInflight(1000);
        if (!login.anonymous()) {
            o.setUserName(login.username());
            o.setPassword(login.password().toCharArray());
        }
        c.connect(o);
        return new BlockingMqttClient(c);
    }

    /** Subscribes at QoS 1; {@code handler} gets each message's topic and payload on Paho's thread. */
    public void subscribe(String filter, BiConsumer<String, byte[]> handler) throws MqttException {
        client.subscribe(filter, 1, (topic, m) -> handler.accept(topic, m.getPayload()));
    }

    /** Publishes at QoS 1, not retained, and returns once the broker has it. */
    public void publish(String topic, byte[] payload) throws MqttException {
        client.publish(topic, payload, 1, false);
    }

    @Override
    public void close() throws MqttException {
        if (client.isConnected()) {
            client.disconnect();
        }
        client.close();
    }
}
