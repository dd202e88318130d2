package hallq.controller.service;

import hallq.controller.core.Outcome;

/** A command the core refused; nothing was changed. Carries the reason for the HTTP status. */
public class Rejection extends RuntimeException {
    private final Outcome.Reason reason;

    public Rejection(Outcome.Reason reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    public Outcome.Reason reason() {
        return reason;
    }
}
