package hallq.kiosk.app;

import hallq.devices.DeviceException;
import hallq.devices.idcard.IdCardReader;
import hallq.devices.idcard.SerialIdCardReader;
import hallq.devices.serial.JSerialCommLink;
import hallq.devices.serial.SerialSettings;
import hallq.kiosk.idcard.SimIdCardReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code --id-reader none|sim|PORT}: chosen by configuration, never by sniffing. */
final class IdCardReaders {

    private static final Logger log = LoggerFactory.getLogger(IdCardReaders.class);

    private IdCardReaders() {
    }

    /** The reader, or null for {@code none} or a port that cannot be opened (the kiosk works without one). */
    static IdCardReader create(String spec, String deviceId, int baud) {
        if ("none".equals(spec)) {
            return null;
        }
        if ("sim".equals(spec)) {
            return new SimIdCardReader();
        }
        JSerialCommLink link = new JSerialCommLink(new SerialSettings(deviceId, spec, baud));
        try {
            link.open();
        } catch (DeviceException e) {
            log.error("{}: {}; the kiosk runs without an ID card reader", deviceId, e.getMessage());
            return null;
        }
        return new SerialIdCardReader(link);
    }
}
