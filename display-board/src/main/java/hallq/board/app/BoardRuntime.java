package hallq.board.app;

import hallq.board.adapter.mqtt.BoardSubscription;
import hallq.board.adapter.mqtt.EnvelopeDecoder;
import hallq.board.adapter.mqtt.PahoBoardSubscriber;
import hallq.board.core.BoardInput;
import hallq.board.core.BoardReducer;
import hallq.board.core.BoardSettings;
import hallq.protocol.mqtt.MqttLogin;
import hallq.protocol.mqtt.Topics;
import java.time.Duration;
import java.time.InstantSource;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One running board without its renderers: store, MQTT subscriber, resync on gaps, and a ticker
 * so a silent board notices it went stale. Renderers and the announcer listen to {@link #store()}.
 */
public final class BoardRuntime implements AutoCloseable {
    private final BoardStore store;
    private final PahoBoardSubscriber subscriber;
    private final ScheduledExecutorService ticker;
    private final Duration tickEvery;

    /** A board on an open broker (no login). */
    public BoardRuntime(String brokerUrl, String hallId, BoardSubscription subscription, BoardSettings settings,
                        InstantSource clock) {
        this(brokerUrl, MqttLogin.ANONYMOUS, hallId, subscription, settings, clock);
    }

    public BoardRuntime(String brokerUrl, MqttLogin login, String hallId, BoardSubscription subscription,
                        BoardSettings settings, InstantSource clock) {
        this.store = new BoardStore(new BoardReducer(settings), clock);
        this.subscriber = new PahoBoardSubscriber(brokerUrl,
                PahoBoardSubscriber.uniqueClientId(hallId, subscription.name(), login), login, subscription,
                new EnvelopeDecoder(new Topics(hallId)), store::accept);
        this.tickEvery = settings.staleAfter().dividedBy(10).compareTo(Duration.ofSeconds(1)) < 0
                ? settings.staleAfter().dividedBy(10) : Duration.ofSeconds(1);
        this.ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "board-ticker");
            t.setDaemon(true);
            return t;
        });
        store.listen((before, after) -> {
            if (after.resyncNeeded() && !before.resyncNeeded()) {
                subscriber.resync();
            }
        });
    }

    public BoardRuntime start() {
        subscriber.start();
        long ms = Math.max(50, tickEvery.toMillis());
        ticker.scheduleAtFixedRate(() -> store.accept(new BoardInput.Tick()), ms, ms, TimeUnit.MILLISECONDS);
        return this;
    }

    public BoardStore store() {
        return store;
    }

    public long badMessages() {
        return subscriber.badMessages();
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        subscriber.close();
    }
}
