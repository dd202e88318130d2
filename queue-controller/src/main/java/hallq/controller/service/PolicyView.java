package hallq.controller.service;

import hallq.protocol.config.PolicyConfig;
import java.time.OffsetDateTime;
import java.util.List;

/** The window-opening policy now: its settings and the decisions still open (proposed or scheduled). */
public record PolicyView(PolicyConfig settings, List<Decision> pending) {
    public record Decision(long id, String kind, String status, int window, String serviceId, OffsetDateTime decidedAt,
                           OffsetDateTime effectiveAt, String reason, String actor) {
    }
}
