package hallq.devices.printer;

/** ESC a n justification; {@link #code} is n. */
public enum Alignment {
    LEFT(0), CENTER(1), RIGHT(2);

    public final int code;

    Alignment(int code) {
        this.code = code;
    }

    public static Alignment ofCode(int code) {
        for (Alignment a : values()) {
            if (a.code == code || a.code + '0' == code) {
                return a;
            }
        }
        throw new IllegalArgumentException("no ESC a alignment for code " + code);
    }
}
