package hallq.protocol.rest;

import hallq.protocol.ResidentId;

/**
 * Check in at a kiosk: the appointment's {@code code}, or the ID number it was booked with (read by
 * the ID card reader). {@code clientRequestId} makes a retry return the same ticket.
 */
public record CheckInRequest(String code, String idNumber, String device, String clientRequestId) {
    @Override
    public String toString() {
        return "CheckInRequest[code=" + code + ", idNumber=" + (idNumber == null ? null : ResidentId.mask(idNumber))
                + ", device=" + device + ", clientRequestId=" + clientRequestId + "]";
    }
}
