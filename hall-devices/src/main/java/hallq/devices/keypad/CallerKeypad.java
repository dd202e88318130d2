package hallq.devices.keypad;

import hallq.devices.DeviceListener;

/** The caller keypads (呼叫器) of one or more windows, sharing a bus. */
public interface CallerKeypad extends AutoCloseable {

    /** Starts delivering key presses; call once. */
    void listen(DeviceListener<KeyPress> listener);

    @Override
    void close();
}
