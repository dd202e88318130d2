package hallq.devices.printer;

/** QR error-correction level; {@link #code} is n of GS ( k fn 69 (48..51). */
public enum QrErrorLevel {
    L(48), M(49), Q(50), H(51);

    public final int code;

    QrErrorLevel(int code) {
        this.code = code;
    }

    public static QrErrorLevel ofCode(int code) {
        for (QrErrorLevel level : values()) {
            if (level.code == code) {
                return level;
            }
        }
        throw new IllegalArgumentException("no QR error level for code " + code);
    }
}
