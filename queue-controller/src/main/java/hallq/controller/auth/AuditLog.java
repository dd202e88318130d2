package hallq.controller.auth;

import java.time.Instant;
import java.util.List;

/** Where staff actions are recorded: who, what, on what, and the HTTP outcome. */
public interface AuditLog {
    record Entry(Instant at, String actor, String action, String target, String detail, int outcome) {
    }

    void record(Entry entry);

    /** The latest entries, newest first. */
    List<Entry> recent(int limit);
}
