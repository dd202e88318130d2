package hallq.controller.adapter.mqtt;

import com.fasterxml.jackson.databind.ObjectMapper;
import hallq.protocol.Json;
import hallq.protocol.mqtt.Envelope;
import hallq.protocol.mqtt.LinkKeeper;
import hallq.protocol.mqtt.MqttLogin;
import java.time.Duration;
import java.time.InstantSource;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import org.eclipse.paho.client.mqttv3.IMqttActionListener;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.IMqttToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The controller's one MQTT connection: every message goes out through {@link #publish}, wrapped in
 * an {@link Envelope} with a per-topic sequence. It reconnects by itself ({@link LinkKeeper}), resubscribes, and tells
 * its owner so retained state is published again (a restarted broker may have lost it). In-flight
 * QoS 1 messages are bounded by a semaphore: publishers wait instead of failing with "too many
 * publishes in progress". While disconnected, retained topics keep their latest message and
 * events queue up to a bound.
 */
public final class MqttConnection implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(MqttConnection.class);
    private static final int MAX_INFLIGHT = 1000;
    private static final int MAX_QUEUED_EVENTS = 10_000;
    private final MqttAsyncClient client;
    private final LinkKeeper keeper;
    private final MqttConnectOptions options = new MqttConnectOptions();
    private final ObjectMapper json = Json.strict();
    private final InstantSource clock;
    private final ZoneId zone;
    private final String epoch;
    private final Semaphore inflight = new Semaphore(MAX_INFLIGHT);
    private final Map<String, Long> seq = new HashMap<>();
    private final Map<String, BiConsumer<String, byte[]>> subscriptions = new ConcurrentHashMap<>();
    private final Map<String, byte[]> pendingRetained = new LinkedHashMap<>();
    private final Map<Long, Pending> pendingEvents = new LinkedHashMap<>();
    private long pendingCounter;
    private volatile Runnable onReconnect = () -> { };
    private final ExecutorService reconnectWork =
            Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "mqtt-reconnect");
                t.setDaemon(true);
                return t;
            });

    private record Pending(String topic, byte[] payload, int qos) {
    }

    public MqttConnection(String brokerUrl, String clientId, MqttLogin login, InstantSource clock, ZoneId zone,
                          String willTopic, byte[] willPayload) throws MqttException {
        this.client = new MqttAsyncClient(brokerUrl, clientId, new MemoryPersistence());
        this.clock = clock;
        this.zone = zone;
        this.epoch = Long.toString(System.currentTimeMillis(), 36);
        options.setCleanSession(true);
        // 3.1.1 only: after a slow first attempt Paho would fall back to MQTT 3.1, whose 23-character client-id
        // limit makes the broker refuse our ids
        options.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
        options.setMaxInflight(MAX_INFLIGHT);
        options.setKeepAliveInterval(10);
        options.setConnectionTimeout(5);
        if (!login.anonymous()) {
            options.setUserName(login.username());
            options.setPassword(login.password().toCharArray());
        }
        if (willTopic != null) {
            options.setWill(willTopic, willPayload, 1, true);
        }
        client.setCallback(new Callback());
        this.keeper = new LinkKeeper(client, options, clientId, this::connected);
    }

    /** Connects, waiting at most {@code timeoutMs}; keeps (re)connecting in the background either way. */
    public boolean connect(long timeoutMs) {
        boolean up = keeper.start(Duration.ofMillis(timeoutMs));
        if (!up) {
            LOG.warn("MQTT broker {} not reachable yet; retrying in the background", client.getServerURI());
        }
        return up;
    }

    /**
     * Starts connecting in the background and returns at once: what is published meanwhile is held
     * and sent on the connect ({@link #awaitConnected} waits for it).
     */
    public void connectInBackground() {
        keeper.start(Duration.ZERO);
    }

    /** Waits at most {@code timeoutMs} for the first connect begun by {@link #connectInBackground}. */
    public boolean awaitConnected(long timeoutMs) {
        boolean up = keeper.awaitFirstConnect(Duration.ofMillis(timeoutMs));
        if (!up) {
            LOG.warn("MQTT broker {} not reachable yet; retrying in the background", client.getServerURI());
        }
        return up;
    }

    /** After every connect: resubscribe, send what was held, and on a reconnect let the owner republish. */
    private void connected(boolean again) {
        reconnectWork.execute(() -> {
            subscriptions.keySet().forEach(this::subscribeNow);
            flushHeld();
            if (again) {
                onReconnect.run();
            }
        });
    }

    public void onReconnect(Runnable action) {
        this.onReconnect = action;
    }

    public String epoch() {
        return epoch;
    }

    /** Wraps {@code data} in an envelope and publishes it; never throws, waits if too much is in flight. */
    public synchronized void publish(String topic, String schema, Object data, boolean retained) {
        long n = seq.merge(topic, 1L, Long::sum);
        byte[] payload;
        try {
            payload = json.writeValueAsBytes(new Envelope<>(schema, epoch, n, clock.instant().atZone(zone)
                    .toOffsetDateTime(), data));
        } catch (Exception e) {
            LOG.error("cannot serialise {} for {}", schema, topic, e);
            return;
        }
        if (!client.isConnected()) {
            hold(topic, payload, retained);
            return;
        }
        send(topic, payload, 1, retained);
    }

    /** Publishes raw bytes (for device-style messages such as a status with a will). */
    public synchronized void publishRaw(String topic, byte[] payload, boolean retained) {
        if (!client.isConnected()) {
            hold(topic, payload, retained);
            return;
        }
        send(topic, payload, 1, retained);
    }

    private void hold(String topic, byte[] payload, boolean retained) {
        if (retained) {
            pendingRetained.put(topic, payload);
        } else if (pendingEvents.size() < MAX_QUEUED_EVENTS) {
            pendingEvents.put(pendingCounter++, new Pending(topic, payload, 1));
        }
    }

    private void send(String topic, byte[] payload, int qos, boolean retained) {
        try {
            if (!inflight.tryAcquire(5, TimeUnit.SECONDS)) {
                LOG.warn("MQTT in-flight window full for 5 s; holding {}", topic);
                hold(topic, payload, retained);
                return;
            }
            MqttMessage m = new MqttMessage(payload);
            m.setQos(qos);
            m.setRetained(retained);
            client.publish(topic, m, null, new Release());
        } catch (MqttException e) {
            inflight.release();
            LOG.debug("publish to {} failed ({}), holding it for the reconnect", topic, e.getMessage());
            hold(topic, payload, retained);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public void subscribe(String filter, BiConsumer<String, byte[]> handler) {
        subscriptions.put(filter, handler);
        if (client.isConnected()) {
            subscribeNow(filter);
        }
    }

    private void subscribeNow(String filter) {
        try {
            client.subscribe(filter, 1);
        } catch (MqttException e) {
            LOG.warn("cannot subscribe to {}: {}", filter, e.getMessage());
        }
    }

    private synchronized void flushHeld() {
        Map<String, byte[]> retained = new LinkedHashMap<>(pendingRetained);
        Map<Long, Pending> events = new LinkedHashMap<>(pendingEvents);
        pendingRetained.clear();
        pendingEvents.clear();
        retained.forEach((topic, payload) -> send(topic, payload, 1, true));
        events.values().forEach(p -> send(p.topic(), p.payload(), p.qos(), false));
    }

    public boolean isConnected() {
        return client.isConnected();
    }

    @Override
    public void close() {
        keeper.close();
        reconnectWork.shutdownNow();
        try {
            if (client.isConnected()) {
                client.disconnect(200).waitForCompletion(1000);
            }
        } catch (MqttException e) {
            LOG.debug("disconnect: {}", e.getMessage());
        }
        try {
            client.close(true);
        } catch (MqttException e) {
            LOG.debug("close: {}", e.getMessage());
        }
    }

    private final class Release implements IMqttActionListener {
        @Override
        public void onSuccess(IMqttToken token) {
            inflight.release();
        }

        @Override
        public void onFailure(IMqttToken token, Throwable e) {
            inflight.release();
        }
    }

    private final class Callback implements MqttCallback {
        @Override
        public void connectionLost(Throwable cause) {
            LOG.warn("MQTT connection lost: {}", cause == null ? "unknown" : cause.getMessage());
            keeper.lost();
        }

        @Override
        public void messageArrived(String topic, MqttMessage message) {
            subscriptions.forEach((filter, handler) -> {
                if (matches(filter, topic)) {
                    handler.accept(topic, message.getPayload());
                }
            });
        }

        @Override
        public void deliveryComplete(IMqttDeliveryToken token) {
        }
    }

    /** MQTT topic filter matching with + and #. */
    static boolean matches(String filter, String topic) {
        String[] f = filter.split("/");
        String[] t = topic.split("/");
        for (int i = 0; i < f.length; i++) {
            if (f[i].equals("#")) {
                return true;
            }
            if (i >= t.length || !(f[i].equals("+") || f[i].equals(t[i]))) {
                return false;
            }
        }
        return f.length == t.length;
    }
}
