package hallq.kiosk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hallq.devices.printer.PrintOutcome;
import hallq.kiosk.testing.TestKiosk;
import hallq.protocol.Priority;
import hallq.protocol.testing.TestDirs;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.paint.Color;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Both layouts rendered to PNG (target/test-output/layouts-*) on the screens a citizen meets: the
 * portrait one at the real kiosk size, 1080×1920, where every tile, key and button must be on
 * screen without scrolling; the compact one in a 720×780 window.
 */
class KioskLayoutFxTest {

    private static final Path OUT = TestDirs.fresh("layouts");

    @BeforeAll
    static void platform() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private record Rendered(Scene scene, TestKiosk kiosk) {
    }

    private static Rendered render(KioskLayout layout, double width, double height, TestKiosk k) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            KioskView view = new KioskView(k.vm, "云山区政务服务中心", "Yunshan District Government Service Center", layout);
            return new Rendered(new Scene(view.root(), width, height), k);
        }).get(10, TimeUnit.SECONDS);
    }

    private static void snapshot(Rendered r, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        var image = WaitForAsyncUtils.asyncFx(() -> {
            r.scene().getRoot().applyCss();
            r.scene().getRoot().layout();
            return r.scene().snapshot(null);
        }).get(10, TimeUnit.SECONDS);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", OUT.resolve(name + ".png").toFile());
    }

    /** The node is wholly inside the scene: a citizen can see and touch it without scrolling. */
    private static void assertOnScreen(Rendered r, String id) throws Exception {
        Bounds b = WaitForAsyncUtils.asyncFx(() -> {
            r.scene().getRoot().applyCss();
            r.scene().getRoot().layout();
            Node n = r.scene().lookup("#" + id);
            return n.localToScene(n.getBoundsInLocal());
        }).get(10, TimeUnit.SECONDS);
        assertTrue(b.getMinX() >= 0 && b.getMinY() >= 0 && b.getMaxX() <= r.scene().getWidth()
                && b.getMaxY() <= r.scene().getHeight(), id + " at " + b + " is off the " + r.scene().getWidth() + "x"
                + r.scene().getHeight() + " screen");
    }

    private static void walk(Rendered r, String prefix) throws Exception {
        TestKiosk k = r.kiosk();
        k.vm.refresh();
        snapshot(r, prefix + "-home");
        k.vm.choose("HJ");
        snapshot(r, prefix + "-priority");
        k.vm.home();
        k.vm.openCheckIn();
        "8C2Q".chars().forEach(c -> k.vm.typeCode((char) c));
        snapshot(r, prefix + "-check-in");
        assertEquals(Color.web("#1a1a1a"), WaitForAsyncUtils.asyncFx(() ->
                ((Label) r.scene().lookup("#appointmentCode")).getTextFill()).get(), "the typed code is readable");
        k.vm.home();
        k.vm.choose("SB");
        k.vm.take(Priority.GREEN_CHANNEL);
        snapshot(r, prefix + "-printed");
        k.vm.home();
        k.printer.setOutcome(PrintOutcome.of(PrintOutcome.Kind.PAPER_OUT, "paper out"));
        k.vm.choose("HJ");
        k.vm.take(Priority.NORMAL);
        snapshot(r, prefix + "-print-failed");
        k.vm.home();
        k.vm.toggleElderlyMode();
        snapshot(r, prefix + "-elderly-home");
    }

    @Test
    void portrait_1080x1920_everythingOnScreenWithoutScrolling() throws Exception {
        Rendered r = render(KioskLayout.PORTRAIT, 1080, 1920, new TestKiosk());
        walk(r, "portrait");
        TestKiosk k = new TestKiosk();
        Rendered fresh = render(KioskLayout.PORTRAIT, 1080, 1920, k);
        k.vm.refresh();
        WaitForAsyncUtils.waitForFxEvents();
        for (String tile : new String[] {"service-HJ", "service-BDC", "service-SB", "service-CJ", "checkInButton"}) {
            assertOnScreen(fresh, tile);
        }
        k.vm.openCheckIn();
        WaitForAsyncUtils.waitForFxEvents();
        for (String key : new String[] {"key-2", "key-Z", "key-delete", "checkInSubmit", "homeButton"}) {
            assertOnScreen(fresh, key);
        }
        k.vm.home();
        k.printer.setOutcome(PrintOutcome.of(PrintOutcome.Kind.PAPER_OUT, "paper out"));
        k.vm.choose("HJ");
        k.vm.take(Priority.NORMAL);
        WaitForAsyncUtils.waitForFxEvents();
        for (String id : new String[] {"failedQr", "keepButton", "giveUpButton"}) {
            assertOnScreen(fresh, id);
        }
        assertEquals(Screen.PRINT_FAILED, k.vm.state().screen());
    }

    @Test
    void compact_720x780_rendered() throws Exception {
        Rendered r = render(KioskLayout.COMPACT, 720, 780, new TestKiosk());
        walk(r, "compact");
        assertTrue(OUT.resolve("compact-home.png").toFile().length() > 0);
    }

    @Test
    void layoutForScreen_portraitUprightLandscapeWideCompactOtherwise() {
        assertEquals(KioskLayout.PORTRAIT, KioskLayout.forScreen(1080, 1920));
        assertEquals(KioskLayout.LANDSCAPE, KioskLayout.forScreen(1920, 1080));
        assertEquals(KioskLayout.COMPACT, KioskLayout.forScreen(1280, 800));
        assertEquals(KioskLayout.COMPACT, KioskLayout.forScreen(768, 1024));
    }
}
