package hallq.protocol.mqtt;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps one Paho client connected, for every HallQ process that speaks MQTT (controller, boards,
 * simulated devices). Paho's own automatic reconnect is switched off: it can end up disconnected
 * for good when a connection drop races with its reconnect timer (seen when a broker restarts),
 * and it never retries a first connect that failed. Here one daemon thread owns connecting: it
 * tries, backs off from 250 ms up to 2 s while the broker is away, and wakes at once when told of
 * a lost connection. After every successful connect it calls {@link Listener#connected}, on its own
 * thread, with {@code again = true} from the second connect on.
 */
public final class LinkKeeper implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LinkKeeper.class);
    private static final long MIN_BACKOFF_MS = 250;
    private static final long MAX_BACKOFF_MS = 2_000;
    private static final long IDLE_CHECK_MS = 1_000;
    /** How long {@link #close} lets a connect in flight finish. */
    private static final long CLOSE_WAIT_MS = 1_000;

    /** Told after each successful connect: resubscribe, republish, say ONLINE. */
    @FunctionalInterface
    public interface Listener {
        void connected(boolean again);
    }

    private final MqttAsyncClient client;
    private final MqttConnectOptions options;
    private final String name;
    private final Listener listener;
    private final Object signal = new Object();
    private final CountDownLatch firstConnect = new CountDownLatch(1);
    private final Thread thread;
    private volatile boolean closed;
    private boolean everConnected;

    public LinkKeeper(MqttAsyncClient client, MqttConnectOptions options, String name, Listener listener) {
        this.client = Objects.requireNonNull(client);
        this.options = Objects.requireNonNull(options);
        this.name = Objects.requireNonNull(name);
        this.listener = Objects.requireNonNull(listener);
        options.setAutomaticReconnect(false);
        this.thread = new Thread(this::run, "mqtt-link-" + name);
        thread.setDaemon(true);
    }

    /** Starts keeping the link; waits at most {@code firstWait} for the first connect. */
    public boolean start(Duration firstWait) {
        thread.start();
        try {
            return firstConnect.await(firstWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Waits at most {@code wait} for the first connect (after {@link #start}); true once it happened. */
    public boolean awaitFirstConnect(Duration wait) {
        try {
            return firstConnect.await(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Call from Paho's {@code connectionLost}: the keeper reconnects without waiting for its next check. */
    public void lost() {
        synchronized (signal) {
            signal.notifyAll();
        }
    }

    private void run() {
        long backoff = MIN_BACKOFF_MS;
        int failures = 0;
        while (!closed) {
            if (client.isConnected()) {
                pause(IDLE_CHECK_MS, true);
                continue;
            }
            try {
                client.connect(options).waitForCompletion(options.getConnectionTimeout() * 1000L + 1000L);
            } catch (MqttException | RuntimeException e) {
                if (closed) {
                    return;
                }
                if (failures++ % 30 == 0) {
                    LOG.warn("{}: cannot connect to broker {} ({}); retrying", name, client.getServerURI(), e.getMessage());
                }
                abandonIfStuck(e);
                pause(backoff, false);
                backoff = Math.min(MAX_BACKOFF_MS, backoff * 2);
                continue;
            }
            if (closed) {
                firstConnect.countDown();
                return; // closing: the owner disconnects, nothing to resubscribe or send
            }
            boolean again = everConnected;
            everConnected = true;
            backoff = MIN_BACKOFF_MS;
            failures = 0;
            LOG.info("{}: MQTT {} to {}", name, again ? "reconnected" : "connected", client.getServerURI());
            try {
                listener.connected(again);
            } catch (RuntimeException e) {
                LOG.error("{}: after-connect work failed", name, e);
            }
            firstConnect.countDown();
        }
    }

    /**
     * A CONNECT the broker accepted on TCP but never answered (a broker stopping or still starting)
     * times out for us but stays "in progress" inside Paho, and every later attempt fails with
     * "connect already in progress": the client would never connect again. Such an attempt is
     * dropped by force so the next one starts clean.
     */
    private void abandonIfStuck(Exception e) {
        if (e instanceof MqttException m && (m.getReasonCode() == MqttException.REASON_CODE_CLIENT_TIMEOUT
                || m.getReasonCode() == MqttException.REASON_CODE_CONNECT_IN_PROGRESS)) {
            try {
                client.disconnectForcibly(0, 0, false);
            } catch (MqttException | RuntimeException ignored) {
                // nothing to drop, or Paho is already dropping it: the next attempt tells
            }
        }
    }

    /** Waits {@code ms} or until {@link #lost()}; a wait meant for a connected client ends at once if it is not. */
    private void pause(long ms, boolean whileConnected) {
        synchronized (signal) {
            if (closed || (whileConnected && !client.isConnected())) {
                return;
            }
            try {
                signal.wait(ms);
            } catch (InterruptedException e) {
                closed = true;
            }
        }
    }

    /**
     * Stops reconnecting; the owner disconnects and closes the client itself. A connect in flight is
     * let finish first (at most {@link #CLOSE_WAIT_MS}), so that the owner's disconnect is a clean one:
     * a client dropped between its CONNECT and the broker's CONNACK leaves the broker a half-made
     * session, which an embedded broker stopping right after reports with a stack trace.
     */
    @Override
    public void close() {
        closed = true;
        lost();
        if (Thread.currentThread() != thread && thread.isAlive()) {
            try {
                thread.join(CLOSE_WAIT_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        thread.interrupt();
    }
}
