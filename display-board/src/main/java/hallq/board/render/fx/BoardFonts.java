package hallq.board.render.fx;

import java.util.List;
import javafx.scene.text.Font;

/**
 * Picks an installed font family with Chinese glyphs. On Debian the tests and boards need the
 * package fonts-wqy-microhei (or fonts-noto-cjk); without one, Chinese text draws as boxes.
 */
public final class BoardFonts {
    private static final List<String> PREFERRED = List.of("Noto Sans CJK SC", "Source Han Sans SC",
            "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Microsoft YaHei", "PingFang SC");

    private BoardFonts() {
    }

    /** The first preferred family installed, or "System" (JavaFX may still fall back per glyph). */
    public static String family() {
        List<String> installed = Font.getFamilies();
        return PREFERRED.stream().filter(installed::contains).findFirst().orElse("System");
    }

    /** Inline style for a view's root, so every label inherits the family. */
    public static String rootStyle() {
        return "-fx-font-family: '" + family() + "';";
    }
}
