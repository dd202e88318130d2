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

    /** The accepted value, or this exception for a refusal. */
    static <T> T unless(Outcome<T> o) {
        if (o instanceof Outcome.Rejected<T> r) {
            throw new Rejection(r.reason(), r.message());
        }
        return ((Outcome.Accepted<T>) o).value();
    }
}
