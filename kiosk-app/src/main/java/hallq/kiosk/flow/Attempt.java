package hallq.kiosk.flow;

import hallq.protocol.Priority;

/**
 * One citizen's request for a ticket: for a service (with a priority), an appointment check-in (by
 * code or ID card), or the pickup of a handover's result ({@code handoverToken}, from the QR code
 * of the citizen's 收件通知书). The {@code clientRequestId} is fresh per attempt and reused by every
 * retry of it, so the controller never issues two tickets for one touch (a pickup gives the same
 * ticket while it is not finished). {@code citizen} (optional for a service) comes from the ID card
 * reader; toString masks it.
 */
public record Attempt(String serviceId, Priority priority, String appointmentCode, CitizenId citizen,
                      String clientRequestId, String handoverToken) {
    private static final java.util.regex.Pattern RECEIPT_QR = java.util.regex.Pattern.compile(
            "https?://[^/\\s]+(?:/[^\\s]*)?/h/([A-Za-z0-9_-]{16,64})/?");

    public Attempt {
        if (handoverToken != null ? serviceId != null || appointmentCode != null || citizen != null
                || !handoverToken.matches("[A-Za-z0-9_-]{16,64}")
                : serviceId == null ? appointmentCode == null && citizen == null
                : priority == null || appointmentCode != null) {
            throw new IllegalArgumentException("an attempt is a service with a priority, a check-in by code or ID card, "
                    + "or a pickup by a handover's token");
        }
        if (clientRequestId == null || !clientRequestId.matches("[A-Za-z0-9_.:-]{8,64}")) {
            throw new IllegalArgumentException("clientRequestId must be 8-64 letters, digits or _.:-");
        }
    }

    public Attempt(String serviceId, Priority priority, String appointmentCode, CitizenId citizen,
                   String clientRequestId) {
        this(serviceId, priority, appointmentCode, citizen, clientRequestId, null);
    }

    /** A ticket for a service, without an ID card. */
    public Attempt(String serviceId, Priority priority, String clientRequestId) {
        this(serviceId, priority, null, null, clientRequestId);
    }

    public static Attempt ticket(String serviceId, Priority priority, CitizenId citizen, String clientRequestId) {
        return new Attempt(serviceId, priority, null, citizen, clientRequestId);
    }

    public static Attempt checkIn(String appointmentCode, CitizenId citizen, String clientRequestId) {
        return new Attempt(null, null, appointmentCode, citizen, clientRequestId);
    }

    /** The pickup ticket of the handover whose 收件通知书 QR code ({@code .../h/{token}}) was scanned. */
    public static Attempt pickup(String handoverToken, String clientRequestId) {
        return new Attempt(null, null, null, null, clientRequestId, handoverToken);
    }

    /** The handover token in a scanned 收件通知书 QR code, or null when {@code scanned} is not one. */
    public static String handoverToken(String scanned) {
        java.util.regex.Matcher m = scanned == null ? null : RECEIPT_QR.matcher(scanned.strip());
        return m != null && m.matches() ? m.group(1) : null;
    }

    public boolean isCheckIn() {
        return serviceId == null && handoverToken == null;
    }

    public boolean isPickup() {
        return handoverToken != null;
    }
}
