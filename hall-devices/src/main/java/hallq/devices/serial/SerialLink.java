package hallq.devices.serial;

import hallq.devices.DeviceException;
import java.time.Duration;

/**
 * A byte pipe to one serial device (RS-232, RS-485 bus, USB CDC, or a pseudo-terminal).
 *
 * <p>One reader at a time: either call {@link #read} from a single thread, or hand the link to a
 * {@link SerialReadLoop}. Writes may come from any thread; implementations serialise them.
 */
public interface SerialLink extends AutoCloseable {

    /** The configured device id, used in every log line and error message. */
    String deviceId();

    /** A human-readable port name, e.g. {@code /dev/ttyUSB0}. */
    String portName();

    void open() throws DeviceException;

    boolean isOpen();

    /** Writes all bytes or throws. */
    void write(byte[] bytes) throws DeviceException;

    /**
     * Reads what is available into {@code buffer}, waiting at most {@code timeout} for the first
     * byte.
     *
     * @return the number of bytes read, 0 when nothing arrived within the timeout
     */
    int read(byte[] buffer, Duration timeout) throws DeviceException;

    /** Discards bytes already received but not yet read (e.g. a late status answer). */
    void discardInput() throws DeviceException;

    /** Closes the port; idempotent, never throws. */
    @Override
    void close();
}
