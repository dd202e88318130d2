package hallq.kiosk.ui;

/**
 * How the kiosk screen is laid out. {@code COMPACT} fits a small window or a landscape monitor;
 * {@code PORTRAIT} is for the usual upright kiosk touch screen (1080×1920): two columns of large
 * service tiles, larger type, a bigger QR code.
 */
public enum KioskLayout {
    COMPACT(8, "compact"),
    PORTRAIT(12, "portrait");

    /** Screen size of a portrait kiosk. */
    public static final double PORTRAIT_WIDTH = 1080;
    public static final double PORTRAIT_HEIGHT = 1920;

    final int qrModulePixels;
    final String styleClass;

    KioskLayout(int qrModulePixels, String styleClass) {
        this.qrModulePixels = qrModulePixels;
        this.styleClass = styleClass;
    }

    /** {@code auto}: portrait on an upright screen at least 1080 wide, compact otherwise. */
    public static KioskLayout forScreen(double width, double height) {
        return width >= PORTRAIT_WIDTH && height > width ? PORTRAIT : COMPACT;
    }
}
