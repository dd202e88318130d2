package hallq.controller.core;

import java.util.HashMap;
import java.util.Map;

/** The business day's tickets per person (by stored key) and service, for the per-person limits. */
final class PersonCounts {
    private final Map<String, Map<String, Integer>> byKey = new HashMap<>();

    void count(Ticket t, String serviceId) {
        if (t.personKey() != null) {
            byKey.computeIfAbsent(t.personKey(), k -> new HashMap<>()).merge(serviceId, 1, Integer::sum);
        }
    }

    void clear() {
        byKey.clear();
    }

    /** The person's tickets today for one service, under any of their keys. */
    int issued(Person p, String serviceId) {
        return p.keys().stream().mapToInt(k -> byKey.getOrDefault(k, Map.of()).getOrDefault(serviceId, 0)).sum();
    }

    /** The person's tickets today at this hall, for every service. */
    int issued(Person p) {
        return p.keys().stream().flatMap(k -> byKey.getOrDefault(k, Map.of()).values().stream())
                .mapToInt(Integer::intValue).sum();
    }
}
