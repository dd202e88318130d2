package hallq.controller.core;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The ledger records the controller holds in memory: today's ratings (one per ticket). Part of
 * {@link HallState}; changed only by applying entries.
 */
public final class Ledger {
    private final Map<Long, Rating> ratingsByTicket = new HashMap<>();
    private long lastRatingId;

    void apply(LedgerEntry entry) {
        if (entry instanceof Rating r) {
            ratingsByTicket.put(r.ticketId(), r);
            lastRatingId = Math.max(lastRatingId, r.id());
        }
    }

    /** Restores what the store holds for the business day, and where the id sequences stand. */
    public void restore(Collection<? extends LedgerEntry> entries, long maxRatingId) {
        entries.forEach(this::apply);
        lastRatingId = Math.max(lastRatingId, maxRatingId);
    }

    void beginDay(LocalDate day) {
        ratingsByTicket.values().removeIf(r -> r.businessDate().isBefore(day));
    }

    public Rating ratingOf(long ticketId) {
        return ratingsByTicket.get(ticketId);
    }

    long nextRatingId() {
        return lastRatingId + 1;
    }
}
