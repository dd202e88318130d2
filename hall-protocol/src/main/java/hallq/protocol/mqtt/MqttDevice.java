package hallq.protocol.mqtt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import hallq.protocol.Json;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One device's own MQTT connection (a caller keypad, an evaluator, a window printer): its own client id and
 * optional credentials, its retained status on {@code devices/{device}/status} after every (re)connect
 * ({@code ONLINE} until it {@linkplain #report reports} another),
 * and a Last Will that makes the broker publish {@code OFFLINE} there (retained) when the device
 * drops off without saying goodbye. {@link #close()} says goodbye (OFFLINE, then DISCONNECT);
 * {@link #crash()} drops the connection without a DISCONNECT, as a pulled cable does.
 *
 * <p>{@link LinkKeeper} reconnects it; subscriptions are renewed after every connect. Publishing while
 * disconnected returns false: the caller decides whether to retry.
 */
public final class MqttDevice implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(MqttDevice.class);
    private static final ObjectMapper JSON = Json.strict();

    /**
     * Where and who: {@code username}/{@code password} may be null (anonymous broker); per-device
     * credentials are given here when the broker requires them.
     */
    public record Settings(String brokerUrl, String hallId, String deviceId, String kind, String username,
                           String password) {
        public Settings {
            Objects.requireNonNull(brokerUrl, "brokerUrl");
            if (deviceId == null || !deviceId.matches("[a-z0-9-]{1,40}")) {
                throw new IllegalArgumentException("device id must be 1-40 of a-z 0-9 -, was '" + deviceId + "'");
            }
            Objects.requireNonNull(kind, "kind");
        }

        public static Settings anonymous(String brokerUrl, String hallId, String deviceId, String kind) {
            return new Settings(brokerUrl, hallId, deviceId, kind, null, null);
        }

        /** A device with its own MQTT client: on a HallQ broker, the client's name is the device id. */
        public static Settings of(String brokerUrl, String hallId, String deviceId, String kind, MqttLogin login) {
            return new Settings(brokerUrl, hallId, deviceId, kind, login.username(), login.password());
        }

        /** Logged in: its username (all a HallQ broker lets that login use); anonymous: {@code hallq-<device>}. */
        String clientId() {
            return username != null ? username : "hallq-" + deviceId;
        }
    }

    private final Settings settings;
    private final Topics topics;
    private final MqttAsyncClient client;
    private final MqttConnectOptions options = new MqttConnectOptions();
    private final LinkKeeper keeper;
    private final Map<String, BiConsumer<String, byte[]>> subscriptions = new ConcurrentHashMap<>();
    private final String epoch = Long.toString(System.currentTimeMillis(), 36);
    private final Map<String, AtomicLong> seqs = new ConcurrentHashMap<>();
    private volatile boolean closed;
    private volatile DeviceStatus current;

    public MqttDevice(Settings settings) {
        this.settings = settings;
        this.topics = new Topics(settings.hallId());
        try {
            this.client = new MqttAsyncClient(settings.brokerUrl(), settings.clientId(), new MemoryPersistence());
        } catch (MqttException e) {
            throw new IllegalArgumentException(settings.deviceId() + ": cannot use broker " + settings.brokerUrl()
                    + ": " + e.getMessage(), e);
        }
        options.setCleanSession(true);
        options.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1); // no fallback to 3.1 and its 23-character ids
        options.setKeepAliveInterval(10);
        options.setConnectionTimeout(5);
        if (settings.username() != null) {
            options.setUserName(settings.username());
            options.setPassword(settings.password() == null ? new char[0] : settings.password().toCharArray());
        }
        this.current = new DeviceStatus(settings.deviceId(), settings.kind(), "ONLINE", null);
        options.setWill(statusTopic(), status(new DeviceStatus(settings.deviceId(), settings.kind(), "OFFLINE", null)),
                1, true);
        client.setCallback(new Callback());
        this.keeper = new LinkKeeper(client, options, settings.deviceId(), again -> online());
    }

    public String deviceId() {
        return settings.deviceId();
    }

    public Topics topics() {
        return topics;
    }

    public String statusTopic() {
        return topics.deviceStatus(settings.deviceId());
    }

    /** Connects, waiting at most {@code timeout}; keeps (re)connecting in the background either way. */
    public boolean connect(Duration timeout) {
        boolean up = keeper.start(timeout);
        if (!up) {
            log.warn("{}: broker {} not reachable yet; retrying in the background", settings.deviceId(),
                    settings.brokerUrl());
        }
        return up;
    }

    /**
     * Says how the device is (retained), now and after every reconnect: ONLINE, WARNING or FAULT with
     * what a person must do; with {@code heartbeatSeconds} the device promises to say it again that often.
     * False when not connected (it is said on the next connect).
     */
    public synchronized boolean report(String state, String detail, Integer heartbeatSeconds) {
        current = new DeviceStatus(settings.deviceId(), settings.kind(), state, detail, heartbeatSeconds);
        return !closed && publishRaw(statusTopic(), status(current), true);
    }

    /**
     * After every connect: its status (retained), then the subscriptions. Never after {@link #close()}
     * began, so a late ONLINE cannot overwrite the goodbye.
     */
    private synchronized void online() {
        if (closed) {
            return;
        }
        publishRaw(statusTopic(), status(current), true);
        subscriptions.keySet().forEach(this::subscribeNow);
    }

    public boolean isConnected() {
        return client.isConnected();
    }

    /** Handler gets (topic, payload) on Paho's thread: keep it quick. */
    public void subscribe(String topic, BiConsumer<String, byte[]> handler) {
        subscriptions.put(topic, handler);
        if (client.isConnected()) {
            subscribeNow(topic);
        }
    }

    /** Publishes {@code data} in an envelope at QoS 1; false when not connected or refused. */
    public boolean publish(String topic, String schema, Object data, OffsetDateTime at) {
        long seq = seqs.computeIfAbsent(topic, t -> new AtomicLong()).incrementAndGet();
        try {
            return publishRaw(topic, JSON.writeValueAsBytes(new Envelope<>(schema, epoch, seq, at, data)), false);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(settings.deviceId() + ": cannot serialise " + schema, e);
        }
    }

    private boolean publishRaw(String topic, byte[] payload, boolean retained) {
        if (!client.isConnected()) {
            return false;
        }
        try {
            client.publish(topic, payload, 1, retained);
            return true;
        } catch (MqttException e) {
            log.debug("{}: publish to {} failed: {}", settings.deviceId(), topic, e.getMessage());
            return false;
        }
    }

    private void subscribeNow(String topic) {
        try {
            client.subscribe(topic, 1);
        } catch (MqttException e) {
            log.warn("{}: cannot subscribe to {}: {}", settings.deviceId(), topic, e.getMessage());
        }
    }

    /** Shaped like the controller's own status: {@code {"schema":…,"data":DeviceStatus}}. */
    private static byte[] status(DeviceStatus status) {
        try {
            return JSON.writeValueAsBytes(Map.of("schema", DeviceStatus.SCHEMA, "data", status));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Drops the connection without a DISCONNECT packet: the broker publishes the Last Will (OFFLINE). */
    public synchronized void crash() {
        closed = true;
        keeper.close();
        try {
            client.disconnectForcibly(0, 100, false);
        } catch (MqttException e) {
            log.debug("{}: forced disconnect: {}", settings.deviceId(), e.getMessage());
        }
        closeClient();
    }

    /** Switched off properly: OFFLINE (retained), then DISCONNECT. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        keeper.close();
        try {
            if (client.isConnected()) {
                client.publish(statusTopic(), status(new DeviceStatus(settings.deviceId(), settings.kind(),
                        "OFFLINE", null)), 1, true).waitForCompletion(1000);
                client.disconnect(200).waitForCompletion(1000);
            }
        } catch (MqttException e) {
            log.debug("{}: disconnect: {}", settings.deviceId(), e.getMessage());
        }
        closeClient();
    }

    private void closeClient() {
        try {
            client.close(true);
        } catch (MqttException e) {
            log.debug("{}: close: {}", settings.deviceId(), e.getMessage());
        }
    }

    private final class Callback implements MqttCallback {
        @Override
        public void connectionLost(Throwable cause) {
            log.warn("{}: MQTT connection lost: {}", settings.deviceId(), cause == null ? "?" : cause.getMessage());
            keeper.lost();
        }

        @Override
        public void messageArrived(String topic, MqttMessage message) {
            BiConsumer<String, byte[]> handler = subscriptions.get(topic);
            if (handler == null) {
                return;
            }
            try {
                handler.accept(topic, message.getPayload());
            } catch (RuntimeException e) {
                log.error("{}: handler for {} failed", settings.deviceId(), topic, e);
            }
        }

        @Override
        public void deliveryComplete(IMqttDeliveryToken token) {
        }
    }
}
