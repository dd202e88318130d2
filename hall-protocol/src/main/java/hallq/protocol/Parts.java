package hallq.protocol;

import java.util.Deque;
import org.slf4j.Logger;

/** Closing what a process started, last started first: a part that fails to close is logged, and the rest still close. */
public final class Parts {
    private Parts() {
    }

    /** Pops and closes every part of {@code parts}; each failure is logged as a warning, {@code when} saying during what. */
    public static void close(Deque<? extends AutoCloseable> parts, Logger log, String when) {
        while (!parts.isEmpty()) {
            try {
                parts.pop().close();
            } catch (Exception e) {
                log.warn("{}: {}", when, e.getMessage());
            }
        }
    }
}
