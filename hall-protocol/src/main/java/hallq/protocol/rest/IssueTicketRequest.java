package hallq.protocol.rest;

import hallq.protocol.Channel;
import hallq.protocol.Priority;
import hallq.protocol.ResidentId;

/**
 * Ask for a ticket. {@code clientRequestId} (8-64 chars, chosen by the kiosk) makes the call
 * idempotent: a retry returns the same ticket. {@code idNumber} (optional, from the
 * kiosk's ID card reader) lets the controller enforce per-person caps: it keeps only a keyed hash of
 * it and never stores, logs or publishes the number (this record's toString masks it).
 */
public record IssueTicketRequest(String serviceId, String clientRequestId, Channel channel, Priority priority,
                                 String idNumber, String device) {
    @Override
    public String toString() {
        return "IssueTicketRequest[serviceId=" + serviceId + ", clientRequestId=" + clientRequestId + ", channel=" + channel
                + ", priority=" + priority + ", idNumber=" + (idNumber == null ? null : ResidentId.mask(idNumber))
                + ", device=" + device + "]";
    }
}
