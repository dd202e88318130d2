package hallq.controller.core;

import java.time.Instant;

/**
 * One decision of the window-opening policy, kept with its reason (the audit trail). A decision
 * is PROPOSED (approval mode: waiting for a manager), SCHEDULED (staff called: the window opens
 * at {@code effectiveAt}, after the staff lead time), then DONE; or REJECTED / WITHDRAWN.
 */
public record PolicyDecision(long id, Kind kind, Status status, int window, String serviceId, Instant decidedAt,
                             Instant effectiveAt, String reason, String actor) {
    public enum Kind { OPEN, CLOSE }

    public enum Status {
        PROPOSED, SCHEDULED, DONE, REJECTED, WITHDRAWN;

        public boolean isOpen() {
            return this == PROPOSED || this == SCHEDULED;
        }
    }

    PolicyDecision with(Status newStatus, Instant newEffectiveAt, String newActor) {
        return new PolicyDecision(id, kind, newStatus, window, serviceId, decidedAt, newEffectiveAt, reason, newActor);
    }
}
