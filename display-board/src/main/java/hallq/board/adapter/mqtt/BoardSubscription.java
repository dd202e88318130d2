package hallq.board.adapter.mqtt;

import hallq.protocol.mqtt.Topics;
import java.util.List;

/**
 * The topics one board listens to. {@code retained} are state topics that are re-read after every
 * (re)connect and on a resync; {@code events} (calls) are QoS 1 and not retained.
 */
public record BoardSubscription(String name, List<String> retained, List<String> events) {
    public BoardSubscription {
        retained = List.copyOf(retained);
        events = List.copyOf(events);
    }

    /** The hall screen: the whole hall, every window and queue, every call. */
    public static BoardSubscription hallScreen(Topics topics) {
        return new BoardSubscription("hall", List.of(topics.hall(), topics.allWindows(), topics.allQueues()),
                List.of(topics.calls()));
    }

    /**
     * One window board: its own window, the small hall status as heartbeat (not the whole-hall
     * snapshot, which a hundred boards would each copy for nothing), and calls (filtered when drawn).
     */
    public static BoardSubscription windowBoard(Topics topics, int window) {
        return new BoardSubscription("w" + window, List.of(topics.status(), topics.window(window)),
                List.of(topics.calls()));
    }
}
