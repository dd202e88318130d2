package hallq.kiosk.flow;

import hallq.protocol.Priority;
import java.util.Objects;

/**
 * One citizen's request for a ticket. The {@code clientRequestId} is fresh per attempt and reused
 * by every retry of it, so the controller never issues two tickets for one touch.
 */
public record Attempt(String serviceId, Priority priority, String clientRequestId) {
    public Attempt {
        Objects.requireNonNull(serviceId, "serviceId");
        Objects.requireNonNull(priority, "priority");
        if (clientRequestId == null || !clientRequestId.matches("[A-Za-z0-9_.:-]{8,64}")) {
            throw new IllegalArgumentException("clientRequestId must be 8-64 letters, digits or _.:-");
        }
    }
}
