package hallq.protocol.city;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One stored change of a hall as the city hub receives it (docs/city.md). {@code seq} is the hall's
 * own sequence number ({@code hall_seq}): it starts at 1, never repeats and never skips, so the hub
 * can tell a replay (a seq it has) from a gap (a seq it lacks). {@code day} is the business day the
 * change belongs to (a ticket's day, else the hall's local date of {@code at}), so a late event lands
 * in the day it happened. No personal data: no ID number, name, phone or free text.
 */
public record CityEvent(long seq, Instant at, LocalDate day, CityFact fact) {
    public CityEvent {
        if (seq < 1) {
            throw new IllegalArgumentException("seq must be 1 or more, was " + seq);
        }
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(fact, "fact");
    }
}
