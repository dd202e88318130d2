package hallq.protocol.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A stored rating: the ticket, service, window and clerk it rates, the score with its label
 * (非常不满意 … 非常满意), where it was given (EVALUATOR or WEB), and the work order a bad one opened.
 */
public record RatingView(long id, String ticket, LocalDate businessDate, String serviceId, String serviceName,
                         int window, String clerk, int score, String label, String comment, String source,
                         OffsetDateTime at, Long workOrderId) {
}
