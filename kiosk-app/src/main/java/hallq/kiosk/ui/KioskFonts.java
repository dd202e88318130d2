package hallq.kiosk.ui;

import java.util.List;
import javafx.scene.text.Font;

/** An installed font with Chinese glyphs (Debian: fonts-wqy-microhei); without one Chinese draws as boxes. */
public final class KioskFonts {
    private static final List<String> PREFERRED = List.of("Noto Sans CJK SC", "Source Han Sans SC",
            "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Microsoft YaHei", "PingFang SC");

    private KioskFonts() {
    }

    public static String family() {
        List<String> installed = Font.getFamilies();
        return PREFERRED.stream().filter(installed::contains).findFirst().orElse("System");
    }
}
