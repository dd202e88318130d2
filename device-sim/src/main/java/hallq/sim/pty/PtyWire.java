package hallq.sim.pty;

import hallq.devices.DeviceException;
import hallq.devices.serial.JSerialCommLink;
import hallq.devices.serial.PtyPair;
import hallq.devices.serial.SerialLink;
import hallq.devices.serial.SerialSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A serial wire made of a {@link PtyPair}, with both ends opened through {@link JSerialCommLink}:
 * {@link #host()} for the real adapter (kiosk, board driver, keypad reader), {@link #device()} for the
 * simulator. Closing closes both links and kills socat.
 */
public final class PtyWire implements AutoCloseable {

    private static final Duration READY_WITHIN = Duration.ofSeconds(5);

    private final PtyPair pty;
    private final SerialLink host;
    private final SerialLink device;

    private PtyWire(PtyPair pty, SerialLink host, SerialLink device) {
        this.pty = pty;
        this.host = host;
        this.device = device;
    }

    /** A new pty pair in {@code dir} ({@code dir/a} host end, {@code dir/b} device end), both ends open. */
    public static PtyWire open(Path dir, String hostId, String deviceId) throws IOException, DeviceException {
        PtyPair pty = PtyPair.open(dir, READY_WITHIN);
        SerialLink host = new JSerialCommLink(SerialSettings.of(hostId, pty.a().toString()));
        SerialLink device = new JSerialCommLink(SerialSettings.of(deviceId, pty.b().toString()));
        try {
            host.open();
            device.open();
        } catch (DeviceException e) {
            host.close();
            device.close();
            pty.close();
            throw e;
        }
        return new PtyWire(pty, host, device);
    }

    public PtyPair pty() {
        return pty;
    }

    public SerialLink host() {
        return host;
    }

    public SerialLink device() {
        return device;
    }

    @Override
    public void close() {
        host.close();
        device.close();
        pty.close();
    }
}
