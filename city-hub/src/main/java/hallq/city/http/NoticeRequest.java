package hallq.city.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import hallq.city.core.HallEntry;
import hallq.city.core.HubProblem;
import hallq.protocol.city.CityNotice;
import java.time.Duration;

/**
 * {@code POST /api/v1/city/notices}: a supervision notice (督办) to a hall, about one of its alerts
 * or not, to be answered within {@code answerWithinHours} (default {@value #DEFAULT_HOURS}, at most
 * {@value #MAX_HOURS}).
 */
record NoticeRequest(String hallId, Long alertId, String message, Integer answerWithinHours) {
    static final int DEFAULT_HOURS = 72;
    static final int MAX_HOURS = 30 * 24;

    static NoticeRequest read(ObjectMapper json, byte[] body) {
        NoticeRequest r;
        try {
            r = json.readValue(body, NoticeRequest.class);
        } catch (Exception e) {
            throw HubProblem.invalid("the body is not a notice: send {\"hallId\":…,\"message\":…,"
                    + "\"answerWithinHours\":72} (alertId optional)");
        }
        if (r == null || !HallEntry.validId(r.hallId())) {
            throw HubProblem.invalid("hallId: the hall the notice goes to (1 to 40 of a-z, 0-9 and '-')");
        }
        String m = r.message() == null ? "" : r.message().strip();
        if (m.isEmpty() || m.length() > CityNotice.MAX_MESSAGE) {
            throw HubProblem.invalid("message: what the city asks of the hall, 1 to " + CityNotice.MAX_MESSAGE
                    + " characters");
        }
        if (r.answerWithinHours() != null && (r.answerWithinHours() < 1 || r.answerWithinHours() > MAX_HOURS)) {
            throw HubProblem.invalid("answerWithinHours: 1 to " + MAX_HOURS + ", not " + r.answerWithinHours());
        }
        return r;
    }

    Duration within() {
        return Duration.ofHours(answerWithinHours == null ? DEFAULT_HOURS : answerWithinHours);
    }
}
