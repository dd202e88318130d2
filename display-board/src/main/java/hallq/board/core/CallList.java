package hallq.board.core;

import hallq.protocol.mqtt.CallEvent;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The recent-calls list: one entry per ticket (its latest call), newest first, bounded. */
final class CallList {
    private static final OffsetDateTime LONG_AGO = OffsetDateTime.parse("1970-01-01T00:00:00Z");
    private static final Comparator<CallEvent> NEWEST_FIRST = Comparator
            .comparing((CallEvent c) -> c.calledAt() == null ? LONG_AGO : c.calledAt())
            .thenComparingInt(CallEvent::callCount)
            .reversed();

    private CallList() {
    }

    /** A live call goes on top, replacing an older call of the same ticket (a recall moves it up). */
    static List<CallEvent> push(List<CallEvent> calls, CallEvent call, int max) {
        List<CallEvent> out = new ArrayList<>(max + 1);
        out.add(call);
        for (CallEvent c : calls) {
            if (!c.ticket().equals(call.ticket()) && out.size() < max) {
                out.add(c);
            }
        }
        return out;
    }

    /** Merges calls from a snapshot with those already shown: latest per ticket, newest first. */
    static List<CallEvent> merge(List<CallEvent> shown, List<CallEvent> fromSnapshot, int max) {
        Map<String, CallEvent> byTicket = new LinkedHashMap<>();
        for (CallEvent c : concat(shown, fromSnapshot)) {
            if (c == null || c.ticket() == null) {
                continue;
            }
            byTicket.merge(c.ticket(), c, (a, b) -> NEWEST_FIRST.compare(a, b) <= 0 ? a : b);
        }
        return byTicket.values().stream().sorted(NEWEST_FIRST).limit(max).toList();
    }

    static List<CallEvent> sorted(List<CallEvent> calls, int max) {
        return merge(List.of(), calls, max);
    }

    private static List<CallEvent> concat(List<CallEvent> a, List<CallEvent> b) {
        List<CallEvent> all = new ArrayList<>(a);
        if (b != null) {
            all.addAll(b);
        }
        return all;
    }
}
