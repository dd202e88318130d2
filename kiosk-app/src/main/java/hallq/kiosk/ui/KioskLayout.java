package hallq.kiosk.ui;

/**
 * How the kiosk screen is laid out. {@code PORTRAIT} is the usual upright kiosk touch screen
 * (1080×1920): two columns of service tiles under the 爱心通道 and 预约签到 entries; {@code LANDSCAPE}
 * the wide lobby screen (1920×1080): the entries in a side panel, three columns of tiles;
 * {@code COMPACT} fits a small window.
 */
public enum KioskLayout {
    COMPACT(5, "compact", 720, 780, 2),
    PORTRAIT(10, "portrait", 1080, 1920, 2),
    LANDSCAPE(10, "landscape", 1920, 1080, 3);

    /** Screen size of a portrait kiosk. */
    public static final double PORTRAIT_WIDTH = 1080;
    public static final double PORTRAIT_HEIGHT = 1920;

    final int qrModulePixels;
    final String styleClass;
    final double width;
    final double height;
    /** Service tiles per row. */
    final int columns;

    KioskLayout(int qrModulePixels, String styleClass, double width, double height, int columns) {
        this.qrModulePixels = qrModulePixels;
        this.styleClass = styleClass;
        this.width = width;
        this.height = height;
        this.columns = columns;
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    /**
     * {@code auto}: portrait on an upright screen at least 1080 wide, landscape on a wide one of at
     * least 1920×1080, compact otherwise.
     */
    public static KioskLayout forScreen(double width, double height) {
        if (width >= PORTRAIT_WIDTH && height > width) {
            return PORTRAIT;
        }
        return width >= 1920 && height >= 1080 ? LANDSCAPE : COMPACT;
    }
}
