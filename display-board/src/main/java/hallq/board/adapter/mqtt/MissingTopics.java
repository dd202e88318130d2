package hallq.board.adapter.mqtt;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The subscription bookkeeping of one {@link PahoBoardSubscriber}: which of the board's topics are not
 * granted on the current connection yet, how the broker answered each SUBSCRIBE (a return code per
 * topic, 0x80 meaning refused, or a failure of the whole SUBSCRIBE), and when the missing topics are
 * asked for again on the same connection: after {@link #RETRY_FIRST}, doubling up to {@link #RETRY_MAX},
 * until every topic is granted. An episode of trouble is logged once at WARN (which topics, and why),
 * its further tries at DEBUG and its end at INFO. Connections are counted, so that an answer to a
 * SUBSCRIBE sent on an earlier connection is ignored. No Paho types: the MQTT side is a {@link Client}.
 * Not thread-safe: every method, and every planned retry, runs on the subscriber's single worker thread.
 */
final class MissingTopics {
    private static final Logger log = LoggerFactory.getLogger(MissingTopics.class);
    /** The first retry of a refused or failed subscription; each further one waits twice as long. */
    static final Duration RETRY_FIRST = Duration.ofSeconds(1);
    /** The longest wait between two tries of a refused or failed subscription. */
    static final Duration RETRY_MAX = Duration.ofSeconds(30);
    /** A SUBACK return code above 2 (0x80 in MQTT 3.1.1) means the broker refused that topic filter. */
    private static final int MAX_GRANTED_QOS = 2;

    /** The MQTT side, as the bookkeeping sees it; called on the worker thread only. */
    interface Client {
        /** The subscriber is closed: nothing is sent or planned any more. */
        boolean closed();

        boolean connected();

        /** Sends one SUBSCRIBE of {@code topics}; its answer comes back through {@link #answered}. */
        void subscribe(long connection, List<String> topics);

        /** Runs {@code task} on the worker thread after {@code delayMs}; rejects it once closed. */
        Future<?> later(Runnable task, long delayMs);
    }

    /** How the broker answered one SUBSCRIBE: the topics it granted, and those it refused or that failed. */
    record Verdict(List<String> granted, List<String> refused) {
        /** {@code codes}: the SUBACK's return code per topic, {@code null} or short if it had none. */
        static Verdict of(List<String> topics, int[] codes, Throwable failure) {
            List<String> granted = new ArrayList<>();
            List<String> refused = new ArrayList<>();
            for (int i = 0; i < topics.size(); i++) {
                if (failure != null || codes == null || i >= codes.length || codes[i] < 0
                        || codes[i] > MAX_GRANTED_QOS) {
                    refused.add(topics.get(i));
                } else {
                    granted.add(topics.get(i));
                }
            }
            return new Verdict(granted, refused);
        }
    }

    private final BoardSubscription subscription;
    private final String loginName;
    private final Client client;
    /** Counts connects: an answer to a SUBSCRIBE sent on an earlier connection is ignored. */
    private long connection;
    /** Topics wanted but not granted on this connection (yet), in subscription order. */
    private final Set<String> missing = new LinkedHashSet<>();
    /** Refused or failed tries since every topic was last granted; 0: no trouble. */
    private int failedTries;
    private long retryMs = RETRY_FIRST.toMillis();
    private Future<?> retry;

    /** {@code loginName}: how the board logs in, named in the warning about a refused subscription. */
    MissingTopics(BoardSubscription subscription, String loginName, Client client) {
        this.subscription = Objects.requireNonNull(subscription);
        this.loginName = Objects.requireNonNull(loginName);
        this.client = Objects.requireNonNull(client);
    }

    /** The wait before the try after one that waited {@code delayMs}. */
    static long nextDelay(long delayMs) {
        return Math.min(RETRY_MAX.toMillis(), delayMs * 2);
    }

    /** Why {@code e} happened, in a few words for a log line. */
    static String reason(Throwable e) {
        return e == null ? "?" : e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    /** The current connection, for a SUBSCRIBE sent later ({@link #resubscribeRetained}). */
    long connection() {
        return connection;
    }

    /** After a connect: everything is missing on the new connection; a retry planned for the old one is dropped. */
    void connected() {
        connection++;
        cancelRetry();
        missing.clear();
        missing.addAll(subscription.retained());
        missing.addAll(subscription.events());
        client.subscribe(connection, List.copyOf(missing));
    }

    /** The resync's SUBSCRIBE of the retained topics, unless {@code on} is no longer the current connection. */
    void resubscribeRetained(long on) {
        if (client.closed() || on != connection) {
            return; // reconnected meanwhile: that connect subscribed everything
        }
        missing.addAll(subscription.retained());
        client.subscribe(connection, subscription.retained());
    }

    /**
     * The broker's answer to a SUBSCRIBE of {@code topics} on connection {@code on}: a return code per
     * topic ({@code codes}), or a {@code failure} for all of them. Granted topics are no longer missing;
     * refused or failed ones are tried again later while the client stays connected.
     */
    void answered(long on, List<String> topics, int[] codes, Throwable failure) {
        if (client.closed() || on != connection) {
            return; // an answer on an earlier connection: the reconnect subscribed everything again
        }
        Verdict verdict = Verdict.of(topics, codes, failure);
        missing.removeAll(verdict.granted());
        List<String> refused = verdict.refused();
        if (refused.isEmpty()) {
            if (missing.isEmpty() && failedTries > 0) {
                log.info("board {}: subscribed to every topic after {} refused or failed tries", subscription.name(),
                        failedTries);
                failedTries = 0;
                retryMs = RETRY_FIRST.toMillis();
            }
            return;
        }
        if (failure != null && !client.connected()) {
            log.debug("board {}: subscribe {} failed with the connection ({}); the reconnect subscribes again",
                    subscription.name(), refused, reason(failure));
            return;
        }
        missing.addAll(refused);
        failedTries++;
        String why = failure != null ? "failed: " + reason(failure)
                : "refused by the broker (SUBACK 0x80: does its ACL let login " + loginName + " read them?)";
        if (failedTries == 1) {
            log.warn("board {}: subscription to {} {}; the board cannot show what they carry until they are "
                            + "granted; retrying while connected, after {} s doubling up to {} s (further tries are "
                            + "logged at debug level)",
                    subscription.name(), refused, why, RETRY_FIRST.toSeconds(), RETRY_MAX.toSeconds());
        } else {
            log.debug("board {}: subscription to {} {} (try {})", subscription.name(), refused, why, failedTries);
        }
        scheduleRetry();
    }

    private void retryMissing() {
        retry = null;
        if (client.closed() || missing.isEmpty() || !client.connected()) {
            return; // not connected: the next connect subscribes everything
        }
        client.subscribe(connection, List.copyOf(missing));
    }

    private void scheduleRetry() {
        if (retry != null || client.closed()) {
            return; // one retry is planned already: it subscribes every missing topic
        }
        long delay = retryMs;
        retryMs = nextDelay(retryMs);
        try {
            retry = client.later(this::retryMissing, delay);
        } catch (RejectedExecutionException e) {
            // closing
        }
    }

    private void cancelRetry() {
        if (retry != null) {
            retry.cancel(false);
            retry = null;
        }
    }
}
