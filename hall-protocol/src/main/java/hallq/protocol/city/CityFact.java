package hallq.protocol.city;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * What happened, by kind. Each carries the figures the hub's rollups need without looking anything
 * up (a called ticket carries its issue time, so its wait is known from the event alone). Named in
 * JSON by {@code kind}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = CityFact.TicketStep.class, name = "ticket"),
    @JsonSubTypes.Type(value = CityFact.WindowStep.class, name = "window"),
    @JsonSubTypes.Type(value = CityFact.RatingGiven.class, name = "rating"),
    @JsonSubTypes.Type(value = CityFact.WorkOrderStep.class, name = "work-order"),
    @JsonSubTypes.Type(value = CityFact.NoticeRaised.class, name = "notice"),
    @JsonSubTypes.Type(value = CityFact.PolicyStep.class, name = "policy"),
    @JsonSubTypes.Type(value = CityFact.AppointmentStep.class, name = "appointment"),
    @JsonSubTypes.Type(value = CityFact.CityNoticeStep.class, name = "city-notice"),
    @JsonSubTypes.Type(value = CityFact.HandoverStep.class, name = "handover")})
public sealed interface CityFact {

    /**
     * A step of a ticket ({@code step}: ISSUED, CALLED, RECALLED, STARTED, COMPLETED, NO_SHOW,
     * TRANSFERRED, POSTPONED, RETURNED, VOIDED, EXPIRED) with the ticket as it is after the step;
     * {@code calls} counts its calls so far (1 on its first call: the wait that reports count);
     * {@code person}: on ISSUED only, the citizen's city keyed hash ({@link PersonKeyRing}) when the
     * ID card was read and the hall holds a city key (null otherwise).
     */
    record TicketStep(long ticketId, String number, String step, String serviceId, Integer window, String channel,
                      String priority, int calls, Instant issuedAt, Instant calledAt, Instant startedAt,
                      Instant finishedAt, String person)
            implements CityFact {
        public TicketStep(long ticketId, String number, String step, String serviceId, Integer window, String channel,
                          String priority, int calls, Instant issuedAt, Instant calledAt, Instant startedAt,
                          Instant finishedAt) {
            this(ticketId, number, step, serviceId, window, channel, priority, calls, issuedAt, calledAt, startedAt,
                    finishedAt, null);
        }
    }

    /** A window OPENED, PAUSED, RESUMED, CLOSED, SKILLS_CHANGED or CLERK_CHANGED. */
    record WindowStep(int window, String step) implements CityFact {
    }

    /** A 好差评 rating, 1 (非常不满意) … 5 (非常满意), from the EVALUATOR or the WEB page. */
    record RatingGiven(long ratingId, long ticketId, String serviceId, int window, int score, String source)
            implements CityFact {
    }

    /** A version of a rectification work order (the {@code event} that made it, and its status after). */
    record WorkOrderStep(long workOrderId, long ratingId, String serviceId, int window, int score, String event,
                         String status, LocalDate acceptDue, LocalDate finishDue, boolean acceptOverdue,
                         boolean finishOverdue) implements CityFact {
    }

    /** An efficiency-supervision finding (效能监督) of the hall. */
    record NoticeRaised(long noticeId, String noticeKind, String serviceId, Integer window, Long ticketId)
            implements CityFact {
    }

    /** A version of a standby-window decision: OPEN or CLOSE, PROPOSED … DONE. */
    record PolicyStep(long decisionId, String decision, String status, int window, String serviceId,
                      Instant effectiveAt) implements CityFact {
    }

    /**
     * A version of an appointment: BOOKED, CHECKED_IN, CANCELLED or NO_SHOW; {@code person}: the
     * holder's city keyed hash, when the hall holds a city key (null otherwise).
     */
    record AppointmentStep(long appointmentId, String serviceId, LocalDate date, LocalTime slotStart, String status,
                           String person)
            implements CityFact {
        public AppointmentStep(long appointmentId, String serviceId, LocalDate date, LocalTime slotStart,
                               String status) {
            this(appointmentId, serviceId, date, slotStart, status, null);
        }
    }

    /**
     * A step of a city supervision notice (督办) at the hall: RECEIVED (stored by the hall),
     * ACKNOWLEDGED or ANSWERED (with the hall's {@code answer}) by the manager {@code by} (a staff id).
     */
    record CityNoticeStep(long noticeId, String step, String by, String answer) implements CityFact {
    }

    /**
     * A step of a handover (代办转报) at this hall — one of {@link Handover#ORDER}, or
     * {@link Handover#HELD} — by the staff member {@code by}, with its {@code detail}; {@code version}:
     * the hub's version of the handover the hall holds after it (0 before the hub has answered). A
     * SENT step carries the handover itself ({@code handover}, its steps empty), every other step
     * only names it, and so does {@code person}: the citizen's city keyed hash, when known.
     */
    record HandoverStep(String receipt, String step, String by, String detail, long version, Handover handover,
                        String person)
            implements CityFact {
        public HandoverStep(String receipt, String step, String by, String detail, long version, Handover handover) {
            this(receipt, step, by, detail, version, handover, null);
        }
    }
}
