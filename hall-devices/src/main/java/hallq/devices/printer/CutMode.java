package hallq.devices.printer;

/** GS V m cut; {@link #code} is m (0 full, 1 partial, one point left uncut). */
public enum CutMode {
    FULL(0), PARTIAL(1);

    public final int code;

    CutMode(int code) {
        this.code = code;
    }
}
