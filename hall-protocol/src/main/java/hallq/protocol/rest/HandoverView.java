package hallq.protocol.rest;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A handover (代办转报) as a hall shows it: {@code direction} OUTGOING at the station that sent it,
 * INCOMING at the receiving hall; the matter, the materials received, the deadlines and whether they
 * were missed, each step with its time, and at the station the citizen's tracking address and the
 * pickup ticket. The citizen's own page sees it without staff ids, note or tracking address.
 */
public record HandoverView(String receipt, String direction, String fromHall, String fromHallName, String toHall,
                           String toHallName, String serviceId, String matterName, List<String> materials,
                           String note, String ticketNumber, OffsetDateTime sentAt, OffsetDateTime acceptDue,
                           OffsetDateTime resultDue, String status, boolean closed, boolean acceptOverdue,
                           boolean resultOverdue, List<Step> steps, String trackUrl, String pickupTicket) {
    /** One step: what, when, at which hall, by whom (a staff id; null on the citizen's page), its detail. */
    public record Step(String step, OffsetDateTime at, String hall, String by, String detail) {
    }
}
