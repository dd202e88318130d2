package hallq.protocol.login;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * At most {@code limit} requests per {@code window} for one key (a client address): a sliding
 * window of the latest request times. Keeps a bounded number of keys (the least recent go first).
 */
public final class RateLimiter {
    private static final int MAX_KEYS = 10_000;
    private final int limit;
    private final Duration window;
    private final InstantSource clock;
    private final Map<String, Deque<Instant>> recent = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
            return size() > MAX_KEYS;
        }
    };

    public RateLimiter(int limit, Duration window, InstantSource clock) {
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    /** Counts a request; false when the key already made {@code limit} requests within the window. */
    public synchronized boolean allow(String key) {
        if (over(key)) {
            return false;
        }
        recent.get(key).addLast(clock.instant());
        return true;
    }

    /** True when the key made {@code limit} requests (or misses) within the window; counts nothing. */
    public synchronized boolean over(String key) {
        Instant now = clock.instant();
        Deque<Instant> times = recent.computeIfAbsent(key, k -> new ArrayDeque<>());
        while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(window))) {
            times.pollFirst();
        }
        return times.size() >= limit;
    }

    /** Counts one event (a miss) for the key, whatever the count already is. */
    public synchronized void record(String key) {
        recent.computeIfAbsent(key, k -> new ArrayDeque<>()).addLast(clock.instant());
    }
}
