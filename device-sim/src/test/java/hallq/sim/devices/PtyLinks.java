package hallq.sim.devices;

import hallq.devices.DeviceException;
import hallq.devices.serial.JSerialCommLink;
import hallq.devices.serial.SerialLink;
import hallq.devices.serial.SerialSettings;
import hallq.sim.pty.PtyPair;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/** A pty pair with both ends opened through JSerialCommLink: host (real adapter) and device (simulator). */
final class PtyLinks implements AutoCloseable {

    final PtyPair pty;
    final SerialLink host;
    final SerialLink device;

    PtyLinks(Path dir, String hostId, String deviceId) throws IOException, DeviceException {
        pty = PtyPair.open(dir, Duration.ofSeconds(5));
        host = new JSerialCommLink(SerialSettings.of(hostId, pty.a().toString()));
        device = new JSerialCommLink(SerialSettings.of(deviceId, pty.b().toString()));
        host.open();
        device.open();
    }

    @Override
    public void close() {
        host.close();
        device.close();
        pty.close();
    }
}
