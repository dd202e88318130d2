package hallq.protocol.rest;

import hallq.protocol.Channel;
import hallq.protocol.Priority;
import hallq.protocol.TicketStatus;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A ticket as its holder sees it. {@code token} is the unguessable key of the citizen's progress
 * page; {@code peopleAhead} and the predicted wait are for a waiting ticket, {@code window} once called;
 * {@code rating} is the 好差评 score (1-5) once the citizen rated the service.
 */
public record TicketView(long id, String number, String token, LocalDate businessDate, String serviceId,
                         String serviceName, Channel channel, Priority priority, TicketStatus status,
                         OffsetDateTime issuedAt, Integer peopleAhead, Double predictedWaitMinutes,
                         Double predictedWaitP90Minutes, Integer window, String windowName, OffsetDateTime calledAt,
                         int callCount, List<TicketEventView> events, Integer rating) {
}
