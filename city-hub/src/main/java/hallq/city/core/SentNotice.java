package hallq.city.core;

import java.time.Instant;

/**
 * A supervision notice (督办) the city office sent to a hall, and how far the hall has got with it:
 * SENT (not yet taken in by the hall), RECEIVED, ACKNOWLEDGED, ANSWERED. {@code overdue} when it was
 * not answered by its due time (now, or when the answer came).
 */
public record SentNotice(long id, String hallId, String hallName, Long alertId, String message, String sentBy,
                         Instant sentAt, Instant answerDue, Instant receivedAt, String acknowledgedBy,
                         Instant acknowledgedAt, String answeredBy, Instant answeredAt, String answer, String status,
                         boolean overdue) {
    /** The status of a notice from what the hall has said of it. */
    public static String status(Instant received, Instant acknowledged, Instant answered) {
        return answered != null ? "ANSWERED" : acknowledged != null ? "ACKNOWLEDGED" : received != null ? "RECEIVED"
                : "SENT";
    }

    /** Late: not answered by {@code due}, judged at {@code now}. */
    public static boolean overdue(Instant due, Instant answered, Instant now) {
        return (answered != null ? answered : now).isAfter(due);
    }
}
