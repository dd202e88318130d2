package hallq.kiosk.render;

import hallq.protocol.config.HallConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;

/**
 * {@code ./hall kiosk --render-all DIR}: every screen to PNG without a display. JavaFX runs on
 * Monocle's headless screen with software rendering (the same settings as the tests), set here
 * before the toolkit starts.
 */
public final class RenderAll {

    private RenderAll() {
    }

    public static List<Path> run(HallConfig config, Path dir) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        System.setProperty("java.awt.headless", "true");
        CompletableFuture<List<Path>> done = new CompletableFuture<>();
        Platform.startup(() -> {
            try {
                done.complete(new KioskRenderer(config).renderAll(dir, (name, scene) -> { }));
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        try {
            return done.get();
        } finally {
            Platform.exit();
        }
    }
}
