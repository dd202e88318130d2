package hallq.devices.printer;

import java.util.Objects;

/**
 * What became of a print request. Only {@link Kind#PRINTED} means the citizen holds a ticket;
 * {@code paperNearEnd} is a warning that comes with it (change the roll soon).
 */
public record PrintOutcome(Kind kind, boolean paperNearEnd, String detail) {

    public enum Kind { PRINTED, PAPER_OUT, COVER_OPEN, OFFLINE, ERROR }

    public PrintOutcome {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(detail, "detail");
        if (paperNearEnd && kind != Kind.PRINTED) {
            throw new IllegalArgumentException("paper-near-end is a warning on PRINTED only");
        }
    }

    public static PrintOutcome printed(boolean paperNearEnd) {
        return new PrintOutcome(Kind.PRINTED, paperNearEnd, paperNearEnd ? "printed; paper near end" : "printed");
    }

    public static PrintOutcome of(Kind kind, String detail) {
        return new PrintOutcome(kind, false, detail);
    }

    public boolean printed() {
        return kind == Kind.PRINTED;
    }
}
