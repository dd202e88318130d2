package hallq.devices;

import hallq.devices.frame.DecodeError;

/**
 * Receives the domain events an input device produces, on the device's reading thread.
 * Keep it quick; anything it throws is logged and the reading goes on.
 */
public interface DeviceListener<E> {

    void onEvent(E event);

    /** Bytes on the line that made no sense; already logged by the adapter. */
    default void onDecodeError(DecodeError error) {
    }
}
