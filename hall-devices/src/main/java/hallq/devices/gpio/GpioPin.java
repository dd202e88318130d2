package hallq.devices.gpio;

/** A GPIO line by its BCM number, with the configured device id for logs. */
public record GpioPin(String deviceId, int bcm) {
    public GpioPin {
        if (deviceId == null || deviceId.isBlank()) {
            throw new IllegalArgumentException("GPIO device id must not be blank");
        }
        if (bcm < 0 || bcm > 27) {
            throw new IllegalArgumentException(deviceId + ": BCM pin " + bcm + " outside 0..27");
        }
    }
}
