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

    /**
     * How many stand before {@code e} in this line (whether or not {@code e} is in it). Counted from
     * both ends at once, so it costs the distance to the nearer end: a new arrival stands at the back
     * (its wait is predicted for every ticket issued and every service each snapshot), a citizen
     * about to be called near the front. A long line no longer makes each new ticket dearer.
     */
    int ahead(Entry e) {
        Iterator<Entry> front = entries.iterator();
        Iterator<Entry> back = entries.descendingIterator();
        int before = 0;
        int after = 0;
        while (front.hasNext()) {
            if (ORDER.compare(front.next(), e) >= 0) {
                return before;
            }
            before++;
            if (ORDER.compare(back.next(), e) < 0) {
                return entries.size() - after;
            }
            after++;
        }
        return before;
    }

    Iterator<Entry> iterator() {
        return entries.iterator();
    }
}
