package hallq.protocol.mqtt;

import java.time.OffsetDateTime;

/** A citizen called to a window: shown on boards and announced. {@code recall} for 再次呼叫. */
public record CallEvent(String ticket, int window, String windowName, String serviceId, String serviceName,
                        boolean recall, int callCount, OffsetDateTime calledAt) {
    public static final String SCHEMA = "hallq.call/1";
}
