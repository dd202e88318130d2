package hallq.protocol.mqtt;

/**
 * A device's state: ONLINE when it connects, WARNING or FAULT with a {@code detail} when something
 * needs a person, OFFLINE as its MQTT Last Will. A device that sets {@code heartbeatSeconds} promises
 * to repeat its status that often; if it misses three, the controller marks it STALE.
 */
public record DeviceStatus(String device, String kind, String status, String detail, Integer heartbeatSeconds) {
    public static final String SCHEMA = "hallq.device-status/1";

    public DeviceStatus(String device, String kind, String status, String detail) {
        this(device, kind, status, detail, null);
    }
}
