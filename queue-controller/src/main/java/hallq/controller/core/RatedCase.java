package hallq.controller.core;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A rating as the 好差评 export reads it back from the store: the rating, its ticket's number, the
 * 办件编号 the clerk gave at completion (null when none), and the receipt of the handover its ticket
 * became (null when the matter was handled here).
 */
public record RatedCase(long ratingId, long ticketId, String ticketNumber, LocalDate businessDate, String serviceId,
                        int window, String clerk, int score, Rating.Source source, Instant ratedAt,
                        String caseNumber, String handoverReceipt) {
}
