package hallq.controller.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The policy's open decisions and the windows it opened (so it closes only those). Part of
 * {@link HallState}; changed only by applying decisions.
 */
public final class PolicyBook {
    private static final int KEEP_CLOSED = 200;
    private final TreeMap<Long, PolicyDecision> open = new TreeMap<>();
    private final TreeMap<Long, PolicyDecision> recent = new TreeMap<>();
    private final TreeSet<Integer> openedByPolicy = new TreeSet<>();
    private long lastId;

    void apply(PolicyDecision d) {
        lastId = Math.max(lastId, d.id());
        recent.put(d.id(), d);
        if (recent.size() > KEEP_CLOSED) {
            recent.pollFirstEntry();
        }
        if (d.status().isOpen()) {
            open.put(d.id(), d);
        } else {
            open.remove(d.id());
        }
        if (d.status() == PolicyDecision.Status.DONE) {
            if (d.kind() == PolicyDecision.Kind.OPEN) {
                openedByPolicy.add(d.window());
            } else {
                openedByPolicy.remove(d.window());
            }
        }
    }

    public PolicyDecision decision(long id) {
        return recent.get(id);
    }

    /** Proposed or scheduled decisions, oldest first. */
    public Collection<PolicyDecision> pending() {
        return open.values();
    }

    /** The latest decisions, newest first. */
    public List<PolicyDecision> recent(int max) {
        List<PolicyDecision> out = new ArrayList<>();
        for (PolicyDecision d : recent.descendingMap().values()) {
            if (out.size() == max) {
                break;
            }
            out.add(d);
        }
        return out;
    }

    boolean openedByPolicy(int window) {
        return openedByPolicy.contains(window);
    }

    boolean pendingFor(int window) {
        return open.values().stream().anyMatch(d -> d.window() == window);
    }

    boolean pendingOpening(String serviceId) {
        return open.values().stream().anyMatch(d -> d.kind() == PolicyDecision.Kind.OPEN
                && d.serviceId().equals(serviceId));
    }

    long nextId() {
        return lastId + 1;
    }
}
