package hallq.kiosk.flow;

import hallq.protocol.Priority;

/**
 * One citizen's request for a ticket: for a service (with a priority), or an appointment check-in
 * (by code or ID card). The {@code clientRequestId} is fresh per attempt and reused by every retry
 * of it, so the controller never issues two tickets for one touch. {@code citizen} (optional for a
 * service) comes from the ID card reader; toString masks it.
 */
public record Attempt(String serviceId, Priority priority, String appointmentCode, CitizenId citizen,
                      String clientRequestId) {
    public Attempt {
        if (serviceId == null ? appointmentCode == null && citizen == null : priority == null || appointmentCode != null) {
            throw new IllegalArgumentException("an attempt is a service with a priority, or a check-in by code or ID card");
        }
        if (clientRequestId == null || !clientRequestId.matches("[A-Za-z0-9_.:-]{8,64}")) {
            throw new IllegalArgumentException("clientRequestId must be 8-64 letters, digits or _.:-");
        }
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

    public boolean isCheckIn() {
        return serviceId == null;
    }
}
