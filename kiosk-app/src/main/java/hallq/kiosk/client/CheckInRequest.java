package hallq.kiosk.client;

import hallq.protocol.ResidentId;

/**
 * Body of {@code POST /api/v1/appointments/check-in}: the appointment code typed or scanned, or
 * the ID number read from the card (either may be null, not both). The same
 * {@code clientRequestId} returns the same ticket. toString masks the ID number.
 */
public record CheckInRequest(String code, String idNumber, String device, String clientRequestId) {
    @Override
    public String toString() {
        return "CheckInRequest[code=" + code + ", idNumber=" + (idNumber == null ? null : ResidentId.mask(idNumber))
                + ", device=" + device + ", clientRequestId=" + clientRequestId + "]";
    }
}
