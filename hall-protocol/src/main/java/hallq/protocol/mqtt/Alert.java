package hallq.protocol.mqtt;

import java.time.OffsetDateTime;

/** Something a manager should know: a threshold crossed, a window opened by the policy, a device offline. */
public record Alert(String kind, String severity, String message, String serviceId, Integer window,
                    OffsetDateTime at) {
    public static final String SCHEMA = "hallq.alert/1";
}
