package hallq.controller.service;

import hallq.controller.core.ProvincialRating;
import hallq.controller.core.RatedCase;
import hallq.protocol.config.HallConfig;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The 好差评 export (docs/ratings-export.md): on its own thread and connection, it reads the ratings
 * the writer stored after the sink's mark, hands them to the sink as provincial records, and moves
 * the mark on once the sink has them; after any failure it backs off (1 s, doubling, at most a
 * minute) and starts again from the mark. It never holds the writer. Every rating reaches the sink:
 * a crash between delivering and remembering hands the sink records it has, which it knows by id.
 */
public final class RatingExport implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RatingExport.class);

    /**
     * How far the export is: the highest rating id the sink has, the last problem (null: none) and since
     * when the export has been failing (null: it is not).
     */
    public record Status(String sink, long exported, String problem, Instant failingSince) {
    }

    /** The pace: ratings per delivery, the pause when there is nothing new, the longest backoff. */
    public record Settings(int batchSize, Duration poll, Duration backoffMax) {
        public static final Settings DEFAULT = new Settings(200, Duration.ofSeconds(2), Duration.ofMinutes(1));
    }

    private final RatedCases store;
    private final RatingSink sink;
    private final HallConfig config;
    private final Settings settings;
    private final Loop loop;
    private volatile Status status;

    public RatingExport(RatedCases store, RatingSink sink, HallConfig config, InstantSource clock, Settings settings) {
        this.store = store;
        this.sink = sink;
        this.config = config;
        this.settings = settings;
        this.status = new Status(sink.name(), 0, null, null);
        this.loop = new Loop("rating-export-" + sink.name(), () -> run(clock));
    }

    public RatingExport start() {
        loop.start();
        return this;
    }

    public Status status() {
        return status;
    }

    private void run(InstantSource clock) {
        Duration backoff = Duration.ofSeconds(1);
        while (loop.running()) {
            try {
                if (exportSome(clock) == 0) {
                    loop.pause(settings.poll());
                }
                backoff = Duration.ofSeconds(1);
            } catch (IOException | StoreException | RuntimeException e) {
                String problem = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                if (status.problem() == null || !status.problem().equals(problem)) {
                    LOG.warn("好差评 export to {}: {}; retrying, backing off up to {}", sink.name(), problem,
                            settings.backoffMax());
                }
                status = new Status(sink.name(), status.exported(), problem,
                        status.failingSince() == null ? clock.instant() : status.failingSince());
                loop.pause(backoff);
                backoff = backoff.multipliedBy(2).compareTo(settings.backoffMax()) > 0 ? settings.backoffMax()
                        : backoff.multipliedBy(2);
            }
        }
    }

    /** Hands the next ratings after the sink's mark to it; answers how many (0: nothing new). */
    int exportSome(InstantSource clock) throws IOException, StoreException {
        long mark = store.exported(sink.name());
        List<RatedCase> next = store.after(mark, settings.batchSize());
        if (!next.isEmpty()) {
            sink.deliver(next.stream().map(r -> ProvincialRating.of(r, config)).toList());
            mark = next.get(next.size() - 1).ratingId();
            store.exported(sink.name(), mark, clock.instant());
        }
        if (status.problem() != null) {
            LOG.info("好差评 export to {} works again: ratings up to {} delivered", sink.name(), mark);
        }
        status = new Status(sink.name(), mark, null, null);
        return next.size();
    }

    @Override
    public void close() {
        loop.stop();
        store.close();
    }
}
