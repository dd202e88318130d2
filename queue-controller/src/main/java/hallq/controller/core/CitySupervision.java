package hallq.controller.core;

import java.time.Instant;

/**
 * A city supervision notice (督办) as the hall holds it: what the city office asked (its id is the
 * hub's), by when it wants the answer, and how far the hall has got: RECEIVED, ACKNOWLEDGED (a
 * manager has read it), ANSWERED (with the hall's answer). Not the hall's own findings
 * ({@link Notice}): those the hall raises itself; these come from the city and must be answered.
 */
public record CitySupervision(long id, String message, String sentBy, Instant sentAt, Instant answerDue,
                              String alertKind, String serviceId, Status status, Instant receivedAt,
                              String acknowledgedBy, Instant acknowledgedAt, String answer, String answeredBy,
                              Instant answeredAt) implements LedgerEntry {
    public enum Status {
        RECEIVED, ACKNOWLEDGED, ANSWERED
    }

    /** When the hall's answer is late at {@code now}: past its due time and not answered (or answered late). */
    public boolean overdue(Instant now) {
        Instant until = answeredAt != null ? answeredAt : now;
        return answerDue != null && until.isAfter(answerDue);
    }

    CitySupervision acknowledged(String by, Instant at) {
        return new CitySupervision(id, message, sentBy, sentAt, answerDue, alertKind, serviceId, Status.ACKNOWLEDGED,
                receivedAt, by, at, answer, answeredBy, answeredAt);
    }

    CitySupervision answered(String text, String by, Instant at) {
        return new CitySupervision(id, message, sentBy, sentAt, answerDue, alertKind, serviceId, Status.ANSWERED,
                receivedAt, acknowledgedBy == null ? by : acknowledgedBy, acknowledgedAt == null ? at : acknowledgedAt,
                text, by, at);
    }
}
