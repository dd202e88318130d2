package hallq.board.core;

import hallq.protocol.mqtt.CallEvent;
import hallq.protocol.rest.ServiceView;
import hallq.protocol.rest.WindowView;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a board knows, folded from messages: immutable, replaced on every input.
 *
 * @param windows      by window number, ascending
 * @param queues       by service id, in the controller's order
 * @param recentCalls  newest first; the first one is highlighted
 * @param callSerial   counts live call messages accepted (not snapshots): a change means "announce"
 * @param seqs         last seq seen per topic within {@code epoch}
 * @param pastEpochs   epochs left behind (newest last, a few kept): their retained copies are ignored
 * @param resync       why the retained topics must be re-read, or NONE
 * @param lastHeard    when the last message arrived, null before the first
 * @param linkUp       whether the broker connection is up right now
 */
public record BoardState(String hallName, String hotline, LocalDate businessDate,
                         SortedMap<Integer, WindowView> windows, Map<String, ServiceView> queues,
                         List<CallEvent> recentCalls, long callSerial,
                         String epoch, List<String> pastEpochs, Map<String, Long> seqs, ResyncReason resync,
                         int resyncCount,
                         Instant lastHeard, boolean linkUp, Health health) {

    public BoardState {
        windows = Collections.unmodifiableSortedMap(new TreeMap<>(windows));
        queues = Collections.unmodifiableMap(new LinkedHashMap<>(queues));
        recentCalls = List.copyOf(recentCalls);
        pastEpochs = List.copyOf(pastEpochs);
        seqs = Map.copyOf(seqs);
        resync = resync == null ? ResyncReason.NONE : resync;
        health = health == null ? Health.WAITING : health;
    }

    /** A board that has heard nothing yet. */
    public static BoardState initial() {
        return new BoardState(null, null, null, new TreeMap<>(), Map.of(), List.of(), 0,
                null, List.of(), Map.of(), ResyncReason.NONE, 0, null, false, Health.WAITING);
    }

    /** The newest call, shown highlighted; null when there is none. */
    public CallEvent highlighted() {
        return recentCalls.isEmpty() ? null : recentCalls.get(0);
    }

    public boolean resyncNeeded() {
        return resync != ResyncReason.NONE;
    }

    public WindowView window(int number) {
        return windows.get(number);
    }

    BoardState with(Changes c) {
        return new BoardState(c.hallName, c.hotline, c.businessDate, c.windows, c.queues, c.recentCalls,
                c.callSerial, c.epoch, c.pastEpochs, c.seqs, c.resync, c.resyncCount, c.lastHeard, c.linkUp, c.health);
    }

    /** A mutable copy the reducer edits before freezing it again. */
    Changes edit() {
        return new Changes(this);
    }

    static final class Changes {
        String hallName;
        String hotline;
        LocalDate businessDate;
        SortedMap<Integer, WindowView> windows;
        Map<String, ServiceView> queues;
        List<CallEvent> recentCalls;
        long callSerial;
        String epoch;
        List<String> pastEpochs;
        Map<String, Long> seqs;
        ResyncReason resync;
        int resyncCount;
        Instant lastHeard;
        boolean linkUp;
        Health health;

        Changes(BoardState s) {
            hallName = s.hallName;
            hotline = s.hotline;
            businessDate = s.businessDate;
            windows = new TreeMap<>(s.windows);
            queues = new LinkedHashMap<>(s.queues);
            recentCalls = s.recentCalls;
            callSerial = s.callSerial;
            epoch = s.epoch;
            pastEpochs = s.pastEpochs;
            seqs = new LinkedHashMap<>(s.seqs);
            resync = s.resync;
            resyncCount = s.resyncCount;
            lastHeard = s.lastHeard;
            linkUp = s.linkUp;
            health = s.health;
        }
    }
}
