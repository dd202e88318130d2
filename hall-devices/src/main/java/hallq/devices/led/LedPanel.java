package hallq.devices.led;

import hallq.devices.DeviceException;

/** One LED window board (窗口屏) showing calls, e.g. "请 A023 号到 5 号窗口". */
public interface LedPanel {

    /** Shows the message now (RAM only); use for every live call. */
    void show(LedMessage message) throws DeviceException;

    /** Stores the message in flash as the board's idle text, e.g. the window's name. */
    void store(LedMessage message) throws DeviceException;

    /** Drops the live text; the board shows its stored text again. */
    void clear() throws DeviceException;

    void brightness(int level) throws DeviceException;
}
