package hallq.protocol.rest;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A handover (代办转报) as a hall shows it: {@code direction} OUTGOING at the station that sent it,
 * INCOMING at the receiving hall; the matter, the materials received, the deadlines and whether they
 * were missed, each step with its time, and at the station the citizen's tracking address and the
 * pickup ticket, and what became of its 收件通知书 on the window's printer ({@code printing}, staff only,
 * null when it was never sent to one). The citizen's own page sees it without staff ids, note or
 * tracking address.
 */
public record HandoverView(String receipt, String direction, String fromHall, String fromHallName, String toHall,
                           String toHallName, String serviceId, String matterName, List<String> materials,
                           String note, String ticketNumber, OffsetDateTime sentAt, OffsetDateTime acceptDue,
                           OffsetDateTime resultDue, String status, boolean closed, boolean acceptOverdue,
                           boolean resultOverdue, List<Step> steps, String trackUrl, String pickupTicket,
                           Printing printing) {
    /** This view with what became of its last print job. */
    public HandoverView withPrinting(Printing p) {
        return new HandoverView(receipt, direction, fromHall, fromHallName, toHall, toHallName, serviceId, matterName,
                materials, note, ticketNumber, sentAt, acceptDue, resultDue, status, closed, acceptOverdue,
                resultOverdue, steps, trackUrl, pickupTicket, p);
    }

    /**
     * The receipt's last print job: SENT to window {@code window}'s printer (device {@code device}),
     * PRINTED, FAILED ({@code detail}: what the printer said), EXPIRED (it came too late to print), or
     * NOT_SENT ({@code detail}: why — the printer is offline); {@code at} is when that was learned.
     */
    public record Printing(String job, int window, String device, String state, String detail, OffsetDateTime at) {
    }

    /** One step: what, when, at which hall, by whom (a staff id; null on the citizen's page), its detail. */
    public record Step(String step, OffsetDateTime at, String hall, String by, String detail) {
    }
}
