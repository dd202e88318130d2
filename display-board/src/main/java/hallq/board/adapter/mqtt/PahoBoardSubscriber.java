package hallq.board.adapter.mqtt;

import hallq.board.core.BoardInput;
import hallq.protocol.mqtt.LinkKeeper;
import hallq.protocol.mqtt.MqttLogin;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
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
 * Feeds a board from MQTT: reconnects by itself, resubscribes on every (re)connect (the broker then
 * re-sends the retained state) and re-reads the retained topics on {@link #resync()}. A subscription
 * the broker refuses (SUBACK return code 0x80, e.g. an ACL that does not let the board's login read
 * the topic yet) or that fails is retried on the same connection until every topic is granted
 * ({@link MissingTopics}): a connected board is never left subscribed to nothing. Its callbacks never
 * throw: a bad message is counted, logged once per topic, and skipped.
 */
public final class PahoBoardSubscriber implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(PahoBoardSubscriber.class);
    private final String brokerUrl;
    private final BoardSubscription subscription;
    private final EnvelopeDecoder decoder;
    private final Consumer<BoardInput> sink;
    private final MqttAsyncClient client;
    private final ScheduledExecutorService worker;
    private final LinkKeeper keeper;
    private final AtomicLong badMessages = new AtomicLong();
    private final Set<String> warnedTopics = ConcurrentHashMap.newKeySet();
    /** The topics not granted on this connection yet, and their retries; used on the worker thread only. */
    private final MissingTopics missing;
    private volatile boolean closed;

    /** {@code login}: the board's own MQTT client (docs/configuration.md), or anonymous on an open broker. */
    public PahoBoardSubscriber(String brokerUrl, String clientId, MqttLogin login, BoardSubscription subscription,
                               EnvelopeDecoder decoder, Consumer<BoardInput> sink) {
        this.brokerUrl = brokerUrl;
        this.subscription = Objects.requireNonNull(subscription);
        this.decoder = Objects.requireNonNull(decoder);
        this.sink = Objects.requireNonNull(sink);
        try {
            this.client = new MqttAsyncClient(brokerUrl, clientId, new MemoryPersistence());
        } catch (MqttException e) {
            throw new IllegalArgumentException("cannot use broker " + brokerUrl + ": " + e.getMessage(), e);
        }
        this.worker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "board-mqtt-" + clientId);
            t.setDaemon(true);
            return t;
        });
        String loginName = login.anonymous() ? "anonymous" : "'" + login.username() + "'";
        this.missing = new MissingTopics(subscription, loginName, new Subscriptions());
        client.setCallback(new Callback());
        MqttConnectOptions options = new MqttConnectOptions();
        options.setCleanSession(true);
        // 3.1.1 only: Paho's default falls back to 3.1 after a failed attempt (e.g. a slow broker), and
        // brokers refuse 3.1 client ids longer than 23 characters, which ours are
        options.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
        options.setKeepAliveInterval(10);
        options.setConnectionTimeout(5);
        if (!login.anonymous()) {
            options.setUserName(login.username());
            options.setPassword(login.password().toCharArray());
        }
        this.keeper = new LinkKeeper(client, options, "board-" + subscription.name(), this::connected);
    }

    /**
     * A client id no other board shares: two boards with one id would kick each other off the broker.
     * Logged in, it is the login's name with a tag ({@code hall-board@hall-3f2a9c01}), which is all a
     * HallQ broker lets that login use.
     */
    public static String uniqueClientId(String hallId, String boardName, MqttLogin login) {
        String tag = boardName + "-" + UUID.randomUUID().toString().substring(0, 8);
        return login.clientId(tag, "hallq-board-" + hallId + "-" + tag);
    }

    /** Connects in the background and keeps the connection up ({@link LinkKeeper}). */
    public void start() {
        keeper.start(Duration.ZERO);
    }

    private void connected(boolean again) {
        deliver(new BoardInput.Connected());
        onWorker(missing::connected);
    }

    /**
     * Re-reads the retained topics (after a seq gap or a new epoch): unsubscribe, then subscribe again.
     * Should the UNSUBSCRIBE fail, they are subscribed again all the same (the broker re-sends the
     * retained messages of a filter subscribed anew, and a board must not stay unsubscribed).
     */
    public void resync() {
        onWorker(() -> {
            if (closed || !client.isConnected()) {
                return; // the next connect resubscribes anyway
            }
            deliver(new BoardInput.ResyncStarted());
            long on = missing.connection();
            String[] retained = subscription.retained().toArray(String[]::new);
            IMqttActionListener then = new IMqttActionListener() {
                @Override
                public void onSuccess(IMqttToken token) {
                    onWorker(() -> missing.resubscribeRetained(on));
                }

                @Override
                public void onFailure(IMqttToken token, Throwable e) {
                    log.debug("board {}: unsubscribe for resync failed ({}); subscribing again anyway",
                            subscription.name(), MissingTopics.reason(e));
                    onWorker(() -> missing.resubscribeRetained(on));
                }
            };
            try {
                client.unsubscribe(retained, null, then);
            } catch (MqttException | RuntimeException e) {
                log.debug("board {}: unsubscribe for resync failed ({}); subscribing again anyway",
                        subscription.name(), MissingTopics.reason(e));
                missing.resubscribeRetained(on);
            }
        });
    }

    public long badMessages() {
        return badMessages.get();
    }

    public boolean isConnected() {
        return client.isConnected();
    }

    /** Sends one SUBSCRIBE; its answer, or the failure to send it, goes to {@link MissingTopics#answered}. */
    private void subscribe(long on, List<String> topics) {
        int[] qos = new int[topics.size()];
        Arrays.fill(qos, 1);
        IMqttActionListener answered = new IMqttActionListener() {
            @Override
            public void onSuccess(IMqttToken token) {
                int[] granted = grantedQos(token);
                onWorker(() -> missing.answered(on, topics, granted, null));
            }

            @Override
            public void onFailure(IMqttToken token, Throwable e) {
                onWorker(() -> missing.answered(on, topics, null, e == null ? new MqttException(
                        MqttException.REASON_CODE_UNEXPECTED_ERROR) : e));
            }
        };
        try {
            client.subscribe(topics.toArray(String[]::new), qos, null, answered);
        } catch (MqttException | RuntimeException e) {
            missing.answered(on, topics, null, e);
        }
    }

    private static int[] grantedQos(IMqttToken token) {
        try {
            return token.getGrantedQos();
        } catch (RuntimeException e) {
            return new int[0]; // no return codes: every topic counts as refused
        }
    }

    /** Runs {@code task} on the worker thread; never throws (Paho's callbacks call it). */
    private void onWorker(Runnable task) {
        try {
            worker.execute(() -> guarded(task));
        } catch (RejectedExecutionException e) {
            log.debug("board {}: closed, dropping subscription work", subscription.name());
        }
    }

    private void guarded(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            log.error("board {}: subscription work failed", subscription.name(), e);
        }
    }

    private void deliver(BoardInput input) {
        try {
            sink.accept(input);
        } catch (RuntimeException e) {
            log.error("board {}: could not apply {}", subscription.name(), input.getClass().getSimpleName(), e);
        }
    }

    @Override
    public void close() {
        closed = true;
        keeper.close();
        worker.shutdownNow();
        try {
            if (client.isConnected()) {
                client.disconnect(1_000).waitForCompletion(2_000);
            }
            client.close(true);
        } catch (MqttException e) {
            log.debug("board {}: close: {}", subscription.name(), e.getMessage());
        }
    }

    /** What {@link MissingTopics} asks of the client, on the worker thread. */
    private final class Subscriptions implements MissingTopics.Client {
        @Override
        public boolean closed() {
            return closed;
        }

        @Override
        public boolean connected() {
            return client.isConnected();
        }

        @Override
        public void subscribe(long connection, List<String> topics) {
            PahoBoardSubscriber.this.subscribe(connection, topics);
        }

        @Override
        public Future<?> later(Runnable task, long delayMs) {
            return worker.schedule(() -> guarded(task), delayMs, TimeUnit.MILLISECONDS);
        }
    }

    private final class Callback implements MqttCallback {
        @Override
        public void connectionLost(Throwable cause) {
            String reason = cause == null ? "connection lost" : String.valueOf(cause.getMessage());
            log.warn("board {}: lost broker {}: {}; reconnecting", subscription.name(), brokerUrl, reason);
            deliver(new BoardInput.Disconnected(reason));
            keeper.lost();
        }

        @Override
        public void messageArrived(String topic, MqttMessage message) {
            try {
                decoder.decode(topic, message.getPayload()).ifPresent(PahoBoardSubscriber.this::deliver);
            } catch (BadMessageException e) {
                badMessages.incrementAndGet();
                if (warnedTopics.add(topic)) {
                    log.warn("board {}: skipping bad message (further ones on this topic are only counted): {}",
                            subscription.name(), e.getMessage());
                }
            } catch (RuntimeException e) {
                badMessages.incrementAndGet();
                log.error("board {}: unexpected failure on {}", subscription.name(), topic, e);
            }
        }

        @Override
        public void deliveryComplete(IMqttDeliveryToken token) {
        }
    }
}
