package hallq.controller.core;

import java.util.Comparator;
import java.util.Iterator;
import java.util.TreeSet;

/**
 * The waiting tickets of one service (or those transferred to one window), in calling order.
 * Urgency is {@code (now - key) / target} where {@code key = placeAt - headStart * target}: within a
 * line the order never changes with time, so only the heads of the lines need comparing.
 */
final class WaitingLine {
    record Entry(long keyMillis, long ticketId) {
    }

    private static final Comparator<Entry> ORDER =
            Comparator.comparingLong(Entry::keyMillis).thenComparingLong(Entry::ticketId);
    private final TreeSet<Entry> entries = new TreeSet<>(ORDER);

    void add(Entry e) {
        entries.add(e);
    }

    void remove(Entry e) {
        entries.remove(e);
    }

    Entry head() {
        return entries.isEmpty() ? null : entries.first();
    }

    int size() {
        return entries.size();
    }

    /** How many stand before this entry in this line. */
    int ahead(Entry e) {
        return entries.headSet(e, false).size();
    }

    Iterator<Entry> iterator() {
        return entries.iterator();
    }
}
