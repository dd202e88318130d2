package hallq.devices.keypad;

import hallq.devices.DeviceListener;
import hallq.devices.frame.FrameReceiver;
import hallq.devices.serial.SerialLink;

/** {@link CallerKeypad} reading {@link KeypadFrames} from an open {@link SerialLink}. */
public final class SerialCallerKeypad implements CallerKeypad {

    private final SerialLink link;
    private FrameReceiver<KeyPress> receiver;

    public SerialCallerKeypad(SerialLink link) {
        this.link = link;
    }

    @Override
    public synchronized void listen(DeviceListener<KeyPress> listener) {
        if (receiver != null) {
            throw new IllegalStateException(link.deviceId() + ": already listening");
        }
        receiver = FrameReceiver.start(link, KeypadFrames::decode, listener);
    }

    @Override
    public synchronized void close() {
        if (receiver != null) {
            receiver.close();
        }
    }
}
