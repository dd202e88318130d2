package hallq.protocol.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A rectification work order (差评工单): the bad rating behind it (ticket, service, window, clerk,
 * score, comment), its state (OPEN, ACCEPTED, RETURNED, FINISHED), its deadlines in working days
 * and whether they were missed, who handles it and what was done, and the latest step.
 */
public record WorkOrderView(long id, long ratingId, String ticket, String serviceId, String serviceName, int window,
                            String clerk, int score, String label, String comment, String status,
                            OffsetDateTime openedAt, LocalDate dispatchedOn, LocalDate acceptDue, LocalDate finishDue,
                            int extendedDays, String handler, String resolution, boolean acceptOverdue,
                            boolean finishOverdue, String lastEvent, String lastActor, String lastNote,
                            OffsetDateTime lastAt) {
}
