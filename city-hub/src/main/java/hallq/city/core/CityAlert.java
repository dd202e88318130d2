package hallq.city.core;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A city alert: one episode of a {@link CityWatch} condition at a hall — since when it held (the
 * hall's clock), when the hub raised it, when it ended (null while it lasts), the service it
 * concerns (for a wait over target), what it said when raised and the worst level it reached.
 */
public record CityAlert(long id, String hallId, String hallName, CityWatch.Kind kind, LocalDate day, Instant since,
                        Instant openedAt, Instant closedAt, String serviceId, String message, double peak) {
}
