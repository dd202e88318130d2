package hallq.kiosk.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import hallq.kiosk.testing.TestKiosk;
import hallq.protocol.config.HallConfig;
import hallq.protocol.config.HallConfigLoader;
import hallq.protocol.testing.TestDirs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.text.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The renderer of {@code ./hall kiosk --render-all}, run as the command runs it, with facts
 * checked on every screen: each touch target at least 15 mm (61 px on a 21.5-inch screen, ~4.0
 * px/mm), nothing outside the screen or its scroll area, nothing overlapping, no text cut short,
 * and the printed screen's QR code opens the ticket's progress page.
 */
class KioskScreensFxTest {

    /** 21.5-inch 16:9 panel: 476 × 268 mm for 1920 × 1080 px = 4.03 px/mm either way; 15 mm = 60.5 px. */
    static final double MIN_TARGET_PX = Math.ceil(15 * 1920 / (21.5 * 25.4 * 16 / Math.hypot(16, 9)));

    private static final Path OUT = TestDirs.fresh("screens");
    private static final HallConfig CONFIG = new HallConfigLoader().load(TestKiosk.DEMO);
    private static final List<String> PROBLEMS = new ArrayList<>();
    private static final List<String> QRS = new ArrayList<>();
    /** The font size of each service name on each home screen, by {@code <layout>-<mode>-<lang>}. */
    private static final Map<String, List<Double>> TILE_NAMES = new TreeMap<>();
    private static final List<List<String>> NOTICES = new ArrayList<>();
    private static List<Path> files;

    @BeforeAll
    static void renderAll() throws Exception {
        FxToolkit.registerPrimaryStage();
        files = WaitForAsyncUtils.asyncFx(() -> new KioskRenderer(CONFIG).renderAll(OUT, (name, scene) -> {
            PROBLEMS.addAll(check(name, scene));
            Node qr = scene.lookup("#ticketQr");
            if (qr != null) {
                QRS.add(decode(((ImageView) qr).getImage()));
            }
            if (name.endsWith("-home-card-notice")) {
                NOTICES.add(scene.getRoot().lookupAll(".notice-line").stream().map(n -> ((Labeled) n).getText()).toList());
            }
            if (name.endsWith("-01-home")) {
                TILE_NAMES.put(name.substring(0, name.indexOf("-01-")), scene.getRoot().lookupAll(".tile-name").stream()
                        .map(n -> ((Labeled) n).getFont().getSize()).toList());
            }
        })).get(300, TimeUnit.SECONDS);
    }

    @Test
    void renderAll_everyScreenFitsReadsAndIsTouchable() {
        assertEquals(61, MIN_TARGET_PX);
        assertEquals(List.of(), PROBLEMS);
        assertEquals(4 * 14 + 4 * 3, files.size());
        assertTrue(files.stream().allMatch(f -> f.toFile().length() > 10_000), "every PNG written");
        assertEquals(8, QRS.size(), "the QR on every printed screen");
        assertEquals(8, NOTICES.size(), "a card-notice screen per layout, mode and language");
        assertTrue(NOTICES.stream().allMatch(n -> n.size() == 3), NOTICES.toString());
        assertTrue(NOTICES.stream().flatMap(List::stream).noneMatch(l -> l.contains("1232")), "no ID number in the notice");
        assertTrue(QRS.stream().allMatch(u -> u.matches(CONFIG.hall().publicBaseUrl() + "/t/s4mp1eT0ken\\w+")),
                QRS.toString());
    }

    /** 适老模式 is large text: every service name at least 1.3 times the standard one, as drawn, in each layout and language. */
    @Test
    void elderlyMode_serviceNamesAtLeast1point3TimesTheStandardSize() {
        assertEquals(8, TILE_NAMES.size(), TILE_NAMES.keySet().toString());
        for (String layout : List.of("portrait", "landscape")) {
            for (String lang : List.of("zh", "en")) {
                List<Double> normal = TILE_NAMES.get(layout + "-normal-" + lang);
                List<Double> elderly = TILE_NAMES.get(layout + "-elderly-" + lang);
                assertEquals(CONFIG.services().size(), elderly.size(), layout + " " + lang + ": every service shown");
                double largestNormal = normal.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
                double smallestElderly = elderly.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
                assertTrue(smallestElderly >= 1.3 * largestNormal, layout + " " + lang + ": elderly " + smallestElderly
                        + " px vs standard " + largestNormal + " px");
            }
        }
    }

    private static String decode(Image image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, javafx.scene.image.PixelFormat.getIntArgbInstance(), argb, 0, w);
        try {
            return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(w, h, argb))))
                    .getText();
        } catch (Exception e) {
            return "undecodable: " + e;
        }
    }

    static List<String> check(String screen, Scene scene) {
        List<String> problems = new ArrayList<>();
        List<Node> shown = new ArrayList<>();
        collect(scene.getRoot(), shown);
        List<Node> solid = new ArrayList<>();
        for (Node n : shown) {
            Bounds b = n.localToScene(n.getLayoutBounds());
            String what = screen + " " + describe(n);
            if (b.getWidth() <= 0 || b.getHeight() <= 0 || !(n instanceof Labeled || n instanceof ImageView)) {
                continue;
            }
            if (b.getMinX() < -0.5 || b.getMinY() < -0.5 || b.getMaxX() > scene.getWidth() + 0.5
                    || b.getMaxY() > scene.getHeight() + 0.5) {
                problems.add(what + " outside the screen at " + b);
            }
            ScrollPane scroll = scrollOf(n);
            if (scroll != null && !scroll.localToScene(scroll.getLayoutBounds()).contains(b)) {
                problems.add(what + " needs scrolling: at " + b);
            }
            if (n instanceof Button && (b.getWidth() < MIN_TARGET_PX || b.getHeight() < MIN_TARGET_PX)) {
                problems.add(what + " is a touch target of " + b.getWidth() + "x" + b.getHeight() + " px");
            }
            if (n instanceof Labeled l && l.getContentDisplay() != ContentDisplay.GRAPHIC_ONLY && truncated(l)) {
                problems.add(what + " is cut short: '" + l.getText() + "'");
            }
            if (n instanceof Labeled || n instanceof ImageView) {
                solid.add(n);
            }
        }
        for (int i = 0; i < solid.size(); i++) {
            for (int j = i + 1; j < solid.size(); j++) {
                Node a = solid.get(i);
                Node c = solid.get(j);
                Bounds ab = a.localToScene(a.getLayoutBounds());
                Bounds cb = c.localToScene(c.getLayoutBounds());
                double w = Math.min(ab.getMaxX(), cb.getMaxX()) - Math.max(ab.getMinX(), cb.getMinX());
                double h = Math.min(ab.getMaxY(), cb.getMaxY()) - Math.max(ab.getMinY(), cb.getMinY());
                if (w > 1 && h > 1 && !related(a, c)) {
                    problems.add(screen + " " + describe(a) + " overlaps " + describe(c));
                }
            }
        }
        return problems;
    }

    /** Visible nodes, not descending into buttons (their inside is the button's own business, checked for clipping). */
    private static void collect(Node n, List<Node> out) {
        if (!n.isVisible()) {
            return;
        }
        out.add(n);
        if (n instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                if (!(n instanceof Labeled) || n instanceof Button) {
                    collect(child, out);
                }
            }
        }
    }

    /** The Labeled shows less than its text: the skin put an ellipsis in. */
    private static boolean truncated(Labeled l) {
        for (Node child : l.getChildrenUnmodifiable()) {
            if (child instanceof Text t && child.getStyleClass().contains("text")) {
                return !t.getText().equals(l.getText());
            }
        }
        return false;
    }

    private static boolean related(Node a, Node b) {
        for (Node p = a; p != null; p = p.getParent()) {
            if (p == b) {
                return true;
            }
        }
        for (Node p = b; p != null; p = p.getParent()) {
            if (p == a) {
                return true;
            }
        }
        return false;
    }

    private static ScrollPane scrollOf(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane s) {
                return s;
            }
        }
        return null;
    }

    private static String describe(Node n) {
        String text = n instanceof Labeled l ? " '" + l.getText().replace("\n", " / ") + "'" : "";
        return n.getClass().getSimpleName() + (n.getId() == null ? "" : "#" + n.getId()) + text;
    }
}
