package hallq.protocol.city;

import java.util.List;

/**
 * What a hall's relay posts to the hub ({@code POST /api/v1/ingest}, HTTP Basic with the hall's own
 * id and password): consecutive events of that hall, oldest first, and how the hall stands now
 * ({@code live}, null from a relay that has none).
 */
public record IngestBatch(String hallId, List<CityEvent> events, HallLive live) {
    /** The most events one batch may carry; the hub refuses a larger one (413) and stores nothing. */
    public static final int MAX_EVENTS = 5_000;

    public IngestBatch {
        events = events == null ? List.of() : List.copyOf(events);
    }

    public IngestBatch(String hallId, List<CityEvent> events) {
        this(hallId, events, null);
    }
}
