package hallq.kiosk.flow;

/** Which kiosk this is and which printer it owns, for requests, logs and alerts. */
public record KioskIdentity(String kioskId, String printerId) {
    public KioskIdentity {
        if (kioskId == null || !kioskId.matches("[A-Za-z0-9_.-]{1,24}")) {
            throw new IllegalArgumentException("kiosk id must be 1-24 letters, digits or _.-, was '" + kioskId + "'");
        }
        if (printerId == null || printerId.isBlank()) {
            throw new IllegalArgumentException("printer id must not be blank");
        }
    }
}
