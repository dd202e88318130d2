package hallq.devices;

/**
 * A device could not be reached or talked to. Always names the device (its configured id) and,
 * where one is involved, the port, so an operator can act on the message alone.
 */
public class DeviceException extends Exception {

    private final String deviceId;

    public DeviceException(String deviceId, String message) {
        super(deviceId + ": " + message);
        this.deviceId = deviceId;
    }

    public DeviceException(String deviceId, String message, Throwable cause) {
        super(deviceId + ": " + message, cause);
        this.deviceId = deviceId;
    }

    public String deviceId() {
        return deviceId;
    }
}
