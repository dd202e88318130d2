package hallq.controller.doctor;

import java.time.Instant;
import java.util.List;

/**
 * What doctor measures of the hall's database: {@code PRAGMA quick_check}'s rows, the schema
 * version, how many tickets over how many business days, the bytes of the file with its WAL, and
 * what waits to leave the hall: the ratings ({@code ratings} in all, the first {@code firstRating})
 * with each 好差评 sink's backlog, and the city outbox's ({@code city} null: never linked to a hub).
 */
public record DatabaseFacts(List<String> quickCheck, int schemaVersion, long tickets, long ticketDays, long bytes,
                            long ratings, Instant firstRating, List<Backlog> ratingSinks, Backlog city) {
    public DatabaseFacts {
        quickCheck = List.copyOf(quickCheck);
        ratingSinks = List.copyOf(ratingSinks);
    }

    /** A database with nothing waiting to leave it. */
    public DatabaseFacts(List<String> quickCheck, int schemaVersion, long tickets, long ticketDays, long bytes) {
        this(quickCheck, schemaVersion, tickets, ticketDays, bytes, 0, null, List.of(), null);
    }
}
