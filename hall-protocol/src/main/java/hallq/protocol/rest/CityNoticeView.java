package hallq.protocol.rest;

import java.time.OffsetDateTime;

/**
 * A city supervision notice (督办) on the hall's dashboard: what the city office asked, by when, and
 * how the hall has dealt with it (RECEIVED, ACKNOWLEDGED, ANSWERED); {@code overdue} once its due
 * time passed without an answer (or the answer came late). {@code serviceName} when it concerns one
 * service.
 */
public record CityNoticeView(long id, String message, String sentBy, OffsetDateTime sentAt, OffsetDateTime answerDue,
                             String alertKind, String serviceId, String serviceName, String status,
                             OffsetDateTime receivedAt, String acknowledgedBy, OffsetDateTime acknowledgedAt,
                             String answer, String answeredBy, OffsetDateTime answeredAt, boolean overdue) {
}
