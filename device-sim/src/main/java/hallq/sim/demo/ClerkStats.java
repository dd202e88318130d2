package hallq.sim.demo;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** What the demo's clerks did: every ticket they called (and at which window), and counts. */
final class ClerkStats {
    final Map<String, Integer> called = new ConcurrentHashMap<>();
    final AtomicInteger served = new AtomicInteger();
    final AtomicInteger noShows = new AtomicInteger();
    final AtomicInteger recalls = new AtomicInteger();
    final AtomicInteger transfers = new AtomicInteger();
    final AtomicInteger breaks = new AtomicInteger();
    final AtomicInteger ratings = new AtomicInteger();
}
