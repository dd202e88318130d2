package hallq.devices.serial;

import static org.junit.jupiter.api.Assertions.*;

import hallq.devices.DeviceException;
import org.junit.jupiter.api.Test;

class JSerialCommLinkTest {

    @Test
    void open_missingPath_throwsDeviceExceptionNamingPort() {
        var link = new JSerialCommLink(SerialSettings.of("kiosk-9-printer", "/dev/hallq-no-such-port"));

        DeviceException e = assertThrows(DeviceException.class, link::open);

        assertEquals("kiosk-9-printer", e.deviceId());
        assertTrue(e.getMessage().contains("/dev/hallq-no-such-port"), e.getMessage());
        assertFalse(link.isOpen());
    }

    @Test
    void write_beforeOpen_throwsDeviceException() {
        var link = new JSerialCommLink(SerialSettings.of("board-w1", "/dev/ttyUSB9"));

        assertThrows(DeviceException.class, () -> link.write(new byte[] {1}));
    }

    @Test
    void settings_badBaud_isRefusedNamingDevice() {
        var e = assertThrows(IllegalArgumentException.class, () -> new SerialSettings("board-w1", "/dev/x", 7));
        assertTrue(e.getMessage().startsWith("board-w1"));
    }
}
