package hallq.protocol.city;

import java.time.Instant;

/**
 * A city supervision notice (督办) to a hall: the city office's {@code message}, who sent it and when,
 * by when the hall must answer, and — when it follows a city alert — the alert's kind and service.
 * The hub hands it to the hall's relay with every acknowledgement until the hall has said it
 * received it; the hall acknowledges and answers it on its dashboard, and those steps come back to
 * the hub as {@link CityFact.CityNoticeStep} events.
 */
public record CityNotice(long id, String message, String sentBy, Instant sentAt, Instant answerDue, Long alertId,
                         String alertKind, String serviceId) {
    /** The longest message the hub takes. */
    public static final int MAX_MESSAGE = 1_000;
    /** The longest answer a hall may give. */
    public static final int MAX_ANSWER = 2_000;
}
