package hallq.devices.serial;

/**
 * Line settings for a serial port: 8 data bits, no parity, 1 stop bit, no flow control, which is
 * what ticket printers, LED controllers, keypads and card readers in a hall use.
 */
public record SerialSettings(String deviceId, String portPath, int baudRate) {

    public SerialSettings {
        if (deviceId == null || deviceId.isBlank()) {
            throw new IllegalArgumentException("serial device id must not be blank");
        }
        if (portPath == null || portPath.isBlank()) {
            throw new IllegalArgumentException(deviceId + ": serial port path must not be blank");
        }
        if (baudRate < 1200 || baudRate > 921_600) {
            throw new IllegalArgumentException(
                    deviceId + ": baud rate " + baudRate + " outside 1200..921600");
        }
    }

    public static SerialSettings of(String deviceId, String portPath) {
        return new SerialSettings(deviceId, portPath, 115_200);
    }
}
