package hallq.controller.core;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A 好差评 rating of one served ticket: five levels, tied to the ticket, window, service and clerk.
 * One per ticket.
 */
public record Rating(long id, long ticketId, String ticketNumber, LocalDate businessDate, String serviceId,
                     int window, String clerk, int score, String comment, Source source, Instant at)
        implements LedgerEntry {
    /** Where the rating was given. */
    public enum Source {
        /** The evaluator (评价器) at the window. */
        EVALUATOR,
        /** The citizen's page opened from the ticket's QR code. */
        WEB
    }

    /** 非常不满意 (1) … 非常满意 (5). */
    public static final String[] LABELS = {"非常不满意", "不满意", "基本满意", "满意", "非常满意"};
    public static final String[] LABELS_EN = {"very dissatisfied", "dissatisfied", "fair", "satisfied", "very satisfied"};

    /** 不满意 and 非常不满意 open a rectification work order. */
    public boolean isBad() {
        return score <= 2;
    }

    public String label() {
        return LABELS[score - 1];
    }
}
