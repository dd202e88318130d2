package hallq.kiosk.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import javafx.scene.Group;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.SVGPath;

/** Draws an {@link Icon} from the path data in {@code icons.properties} (24×24 grid) at a given size. */
final class Icons {

    private static final Map<Icon, String> PATHS = load();

    private Icons() {
    }

    private static Map<Icon, String> load() {
        Properties p = new Properties();
        try (InputStream in = Icons.class.getResourceAsStream("icons.properties")) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("icons.properties missing from the kiosk jar", e);
        }
        Map<Icon, String> paths = new EnumMap<>(Icon.class);
        for (Icon i : Icon.values()) {
            String d = p.getProperty(i.name());
            if (d == null) {
                throw new IllegalStateException("icons.properties has no path for " + i);
            }
            paths.put(i, d);
        }
        return paths;
    }

    /** The icon as a square node of {@code size} pixels; its colour comes from the style class (-fx-fill). */
    static StackPane node(Icon icon, double size, String styleClass) {
        SVGPath path = new SVGPath();
        path.setContent(PATHS.get(icon));
        path.setFillRule(FillRule.EVEN_ODD);
        path.getStyleClass().addAll("icon", styleClass);
        path.setScaleX(size / 24);
        path.setScaleY(size / 24);
        StackPane box = new StackPane(new Group(path));
        box.setMinSize(size, size);
        box.setPrefSize(size, size);
        box.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        box.getStyleClass().add("icon-box");
        return box;
    }
}
