package hallq.devices.keypad;

/** The keys of a window's caller keypad (呼叫器); {@link #code} is the byte on the wire. */
public enum Key {
    NEXT(0x01), RECALL(0x02), NO_SHOW(0x03), COMPLETE(0x04), PAUSE(0x05), RESUME(0x06);

    public final int code;

    Key(int code) {
        this.code = code;
    }

    /** The key for a wire code, or null if unknown. */
    public static Key ofCode(int code) {
        for (Key key : values()) {
            if (key.code == code) {
                return key;
            }
        }
        return null;
    }
}
