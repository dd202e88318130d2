package hallq.protocol.mqtt;

/** ONLINE when a device connects; OFFLINE is the device's MQTT Last Will. */
public record DeviceStatus(String device, String kind, String status, String detail) {
    public static final String SCHEMA = "hallq.device-status/1";
}
