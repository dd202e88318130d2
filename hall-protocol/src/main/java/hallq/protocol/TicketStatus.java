package hallq.protocol;

/** Where a ticket stands in its life; every change is recorded as a ticket event. */
public enum TicketStatus {
    /** Issued and waiting to be called. */
    WAITING,
    /** Called to a window; the citizen is walking there. */
    CALLED,
    /** The citizen is at the window and being served. */
    SERVING,
    /** Parked by a clerk (e.g. a missing document); not eligible until brought back. */
    POSTPONED,
    DONE,
    NO_SHOW,
    /** Issued, but the kiosk could not print it: never called, its number never reused. */
    VOIDED,
    /** Still waiting when the business day ended. */
    EXPIRED;

    public boolean isTerminal() {
        return this == DONE || this == NO_SHOW || this == VOIDED || this == EXPIRED;
    }

    /** Called or serving: the ticket occupies a window. */
    public boolean isAtWindow() {
        return this == CALLED || this == SERVING;
    }
}
