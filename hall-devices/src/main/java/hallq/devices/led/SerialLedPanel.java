package hallq.devices.led;

import hallq.devices.DeviceException;
import hallq.devices.serial.SerialLink;

/**
 * {@link LedPanel} writing {@link LedFrames} to an open {@link SerialLink}; several panels may
 * share one RS-485 link, each with its own address.
 */
public final class SerialLedPanel implements LedPanel {

    private final SerialLink link;
    private final int address;

    public SerialLedPanel(SerialLink link, int address) {
        if (address < 1 || address > 0xFF) {
            throw new IllegalArgumentException(link.deviceId() + ": LED address " + address + " outside 1..255");
        }
        this.link = link;
        this.address = address;
    }

    @Override
    public void show(LedMessage message) throws DeviceException {
        link.write(LedFrames.encodeShow(address, message, false));
    }

    @Override
    public void store(LedMessage message) throws DeviceException {
        link.write(LedFrames.encodeShow(address, message, true));
    }

    @Override
    public void clear() throws DeviceException {
        link.write(LedFrames.encodeClear(address));
    }

    @Override
    public void brightness(int level) throws DeviceException {
        link.write(LedFrames.encodeBrightness(address, level));
    }
}
