package hallq.sim.keypad;

import hallq.devices.DeviceException;
import hallq.devices.keypad.Key;
import hallq.devices.keypad.KeyPress;
import hallq.devices.keypad.KeypadFrames;
import hallq.devices.serial.SerialLink;

/** A simulated caller keypad (呼叫器) of one window: presses keys on demand. */
public final class SimKeypad {

    private final SerialLink link;
    private final int window;

    public SimKeypad(SerialLink link, int window) {
        this.link = link;
        this.window = window;
    }

    public void press(Key key) throws DeviceException {
        link.write(KeypadFrames.encode(KeyPress.of(window, key)));
    }

    /** NEXT with a ticket number: call that ticket out of order. */
    public void callSpecific(String ticket) throws DeviceException {
        link.write(KeypadFrames.encode(KeyPress.callSpecific(window, ticket)));
    }

    /** Line noise or a broken keypad: any bytes. */
    public void sendRaw(byte[] bytes) throws DeviceException {
        link.write(bytes);
    }
}
