package hallq.board.render.fx;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;

/** Starts JavaFX once, headless (Monocle, software rendering) when asked or when there is no display. */
public final class FxPlatform {
    private static boolean started;

    private FxPlatform() {
    }

    /** Monocle's headless platform: no display, no GTK, pixels rendered in software. */
    public static void useHeadless() {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        System.setProperty("java.awt.headless", "true");
        if (System.getProperty("headless.geometry") == null) {
            System.setProperty("headless.geometry", "1920x1080-32"); // room for a shown hall screen (default 1280x800)
        }
    }

    public static synchronized void start() {
        if (started) {
            return;
        }
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // started by someone else (e.g. TestFX): fine
        }
        Platform.setImplicitExit(false);
        started = true;
    }

    /** Runs on the JavaFX thread and waits for the result (bounded). */
    public static <T> T call(Supplier<T> work) {
        if (Platform.isFxApplicationThread()) {
            return work.get();
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("JavaFX work failed: " + e.getMessage(), e);
        }
    }
}
