package hallq.protocol.city;

import java.util.List;

/**
 * What a hall's relay posts to the hub ({@code POST /api/v1/ingest}, HTTP Basic with the hall's own
 * id and password): consecutive events of that hall, oldest first, and how the hall stands now
 * ({@code live}, null from a relay that has none); {@code personKeys}: the version of the city's
 * {@link PersonKeyRing} the hall holds (0: none), {@code limitsUpTo}: the last {@link CityLimits}
 * mark it holds (0: none), so the hub sends only what is newer (both 0 when a relay of an earlier release
 * leaves them out).
 */
public record IngestBatch(String hallId, List<CityEvent> events, HallLive live, Long personKeys, Long limitsUpTo) {
    /** The most events one batch may carry; the hub refuses a larger one (413) and stores nothing. */
    public static final int MAX_EVENTS = 5_000;

    public IngestBatch {
        events = events == null ? List.of() : List.copyOf(events);
        personKeys = personKeys == null ? 0L : personKeys;
        limitsUpTo = limitsUpTo == null ? 0L : limitsUpTo;
    }

    public IngestBatch(String hallId, List<CityEvent> events, HallLive live) {
        this(hallId, events, live, 0L, 0L);
    }

    public IngestBatch(String hallId, List<CityEvent> events) {
        this(hallId, events, null);
    }
}
