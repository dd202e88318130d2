package hallq.devices.serial;

import com.fazecast.jSerialComm.SerialPort;
import com.fazecast.jSerialComm.SerialPortInvalidPortException;
import hallq.devices.DeviceException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link SerialLink} over jSerialComm; the only class that imports it.
 *
 * <p>Ports are opened by explicit path: pseudo-terminals are not listed by
 * {@code SerialPort.getCommPorts()}. On a pty {@code setDTR}/{@code setRTS} fail (no modem lines)
 * and {@code getLastErrorCode()} reads 25 after a good open; both are harmless and ignored.
 *
 * <p>I/O faults are logged once at WARN with the device id; repeats of the same fault go to
 * DEBUG until an operation succeeds again.
 */
public final class JSerialCommLink implements SerialLink {

    private static final Logger log = LoggerFactory.getLogger(JSerialCommLink.class);
    private static final int WRITE_TIMEOUT_MS = 2_000;

    private final SerialSettings settings;
    private final Object writeLock = new Object();
    private volatile SerialPort port;
    private int currentReadTimeoutMs = -1;
    private volatile boolean faulted;

    public JSerialCommLink(SerialSettings settings) {
        this.settings = settings;
    }

    @Override
    public String deviceId() {
        return settings.deviceId();
    }

    @Override
    public String portName() {
        return settings.portPath();
    }

    @Override
    public synchronized void open() throws DeviceException {
        if (isOpen()) {
            return;
        }
        SerialPort candidate;
        try {
            candidate = SerialPort.getCommPort(settings.portPath());
        } catch (SerialPortInvalidPortException e) {
            throw fault("serial port " + settings.portPath() + " does not exist", e);
        }
        candidate.setComPortParameters(settings.baudRate(), 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        candidate.setFlowControl(SerialPort.FLOW_CONTROL_DISABLED);
        candidate.setComPortTimeouts(
                SerialPort.TIMEOUT_READ_SEMI_BLOCKING | SerialPort.TIMEOUT_WRITE_BLOCKING, 100, WRITE_TIMEOUT_MS);
        currentReadTimeoutMs = 100;
        if (!candidate.openPort()) {
            throw fault("cannot open serial port " + settings.portPath()
                    + " (error " + candidate.getLastErrorCode() + ")", null);
        }
        port = candidate;
        faulted = false;
        log.info("{}: opened serial port {} at {} baud", deviceId(), portName(), settings.baudRate());
    }

    @Override
    public boolean isOpen() {
        SerialPort p = port;
        return p != null && p.isOpen();
    }

    @Override
    public void write(byte[] bytes) throws DeviceException {
        SerialPort p = requireOpen();
        synchronized (writeLock) {
            int offset = 0;
            while (offset < bytes.length) {
                int n = p.writeBytes(bytes, bytes.length - offset, offset);
                if (n <= 0) {
                    throw fault("write to " + portName() + " failed after " + offset + " of "
                            + bytes.length + " bytes", null);
                }
                offset += n;
            }
        }
        faulted = false;
    }

    @Override
    public int read(byte[] buffer, Duration timeout) throws DeviceException {
        SerialPort p = requireOpen();
        int timeoutMs = (int) Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toMillis()));
        if (timeoutMs != currentReadTimeoutMs) {
            p.setComPortTimeouts(
                    SerialPort.TIMEOUT_READ_SEMI_BLOCKING | SerialPort.TIMEOUT_WRITE_BLOCKING, timeoutMs, WRITE_TIMEOUT_MS);
            currentReadTimeoutMs = timeoutMs;
        }
        int n = p.readBytes(buffer, buffer.length);
        if (n < 0) {
            throw fault("read from " + portName() + " failed", null);
        }
        faulted = false;
        return n;
    }

    @Override
    public void discardInput() throws DeviceException {
        SerialPort p = requireOpen();
        byte[] scratch = new byte[256];
        int available;
        while ((available = p.bytesAvailable()) > 0) {
            if (p.readBytes(scratch, Math.min(available, scratch.length)) < 0) {
                throw fault("read from " + portName() + " failed", null);
            }
        }
    }

    @Override
    public synchronized void close() {
        SerialPort p = port;
        port = null;
        if (p != null && p.isOpen()) {
            p.closePort();
            log.info("{}: closed serial port {}", deviceId(), portName());
        }
    }

    private SerialPort requireOpen() throws DeviceException {
        SerialPort p = port;
        if (p == null || !p.isOpen()) {
            throw new DeviceException(deviceId(), "serial port " + portName() + " is not open");
        }
        return p;
    }

    private DeviceException fault(String message, Throwable cause) {
        if (faulted) {
            log.debug("{}: {} (repeated)", deviceId(), message);
        } else {
            log.warn("{}: {}", deviceId(), message);
            faulted = true;
        }
        return new DeviceException(deviceId(), message, cause);
    }

    @Override
    public String toString() {
        return "JSerialCommLink[" + deviceId() + " @ " + portName() + "]";
    }
}
