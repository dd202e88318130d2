package hallq.city.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import hallq.city.core.CityServices;
import hallq.city.core.Overview;
import hallq.city.store.OverviewStore;
import hallq.protocol.Json;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.LoggerFactory;

/**
 * The overview, built once a second while someone watches it (asked within the last minute) and
 * served as the same bytes to every screen: with thousands of halls, building it takes tens of
 * milliseconds, which a wall of screens refreshing every few seconds should not pay each time.
 * A figure reaches the overview within a second of its batch being stored. The citizens' public
 * view of the city's services is built from the same reading at the same time, so however many
 * phones ask, the database is read once a second at most.
 */
final class OverviewFeed implements AutoCloseable {
    private static final Duration EVERY = Duration.ofSeconds(1);
    private static final Duration WATCHED = Duration.ofMinutes(1);
    private static final Duration TOO_OLD = Duration.ofSeconds(5);
    private final OverviewStore store;
    private final InstantSource clock;
    private final ObjectMapper json = Json.strict();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "city-overview");
        t.setDaemon(true);
        return t;
    });
    private volatile byte[] latest;
    private volatile byte[] services;
    private volatile Instant builtAt = Instant.EPOCH;
    private volatile Instant askedAt = Instant.EPOCH;

    OverviewFeed(OverviewStore store, InstantSource clock) {
        this.store = store;
        this.clock = clock;
        timer.scheduleWithFixedDelay(this::refresh, EVERY.toMillis(), EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The overview as JSON, at most a second or so old (built now if none is recent). */
    byte[] get() {
        fresh();
        return latest;
    }

    /** The citizens' view of the city's services ({@link CityServices}) as JSON, as fresh as the overview. */
    byte[] services() {
        fresh();
        return services;
    }

    private void fresh() {
        Instant now = clock.instant();
        askedAt = now;
        if (latest == null || Duration.between(builtAt, now).compareTo(TOO_OLD) > 0) {
            build();
        }
    }

    private void refresh() {
        if (Duration.between(askedAt, clock.instant()).compareTo(WATCHED) < 0) {
            try {
                build();
            } catch (RuntimeException e) {
                LoggerFactory.getLogger(OverviewFeed.class).warn("building the city overview: {}", e.getMessage());
            }
        }
    }

    private synchronized void build() {
        Instant now = clock.instant();
        try {
            List<Overview.Input> halls = store.load(now);
            services = json.writeValueAsBytes(CityServices.build(halls, now));
            latest = json.writeValueAsBytes(Map.of("at", now, "staleAfterSeconds", Overview.STALE_AFTER.toSeconds(),
                    "halls", Overview.build(halls, now)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the overview cannot be written as JSON", e);
        }
        builtAt = now;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
