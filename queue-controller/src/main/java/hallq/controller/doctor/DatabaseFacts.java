package hallq.controller.doctor;

import java.util.List;

/**
 * What doctor measures of the hall's database: {@code PRAGMA quick_check}'s rows, the schema
 * version, how many tickets over how many business days, and the bytes of the file with its WAL.
 */
public record DatabaseFacts(List<String> quickCheck, int schemaVersion, long tickets, long ticketDays, long bytes) {
    public DatabaseFacts {
        quickCheck = List.copyOf(quickCheck);
    }
}
