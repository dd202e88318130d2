package hallq.board.app;

import hallq.board.adapter.led.LedPanelDriver;
import hallq.board.render.BoardInfo;
import hallq.board.render.fx.FxPlatform;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.stage.Stage;

/** Boards that keep running: text on stdout, or a JavaFX window (full screen on a hall display). */
final class LiveBoard {
    private LiveBoard() {
    }

    /** Prints the board whenever what it shows changes (the clock alone does not count). */
    static int text(BoardRuntime runtime, BoardTarget target, BoardInfo info, PrintWriter out)
            throws InterruptedException {
        Object lock = new Object();
        String[] last = {""};
        runtime.store().listen((before, after) -> {
            String shown = target.text(after, info, Instant.now(), false);
            synchronized (lock) {
                if (!shown.equals(last[0])) {
                    last[0] = shown;
                    out.print(target.text(after, info, Instant.now(), true));
                    out.flush();
                }
            }
        });
        runtime.start();
        new CountDownLatch(1).await(); // until the process is stopped
        return 0;
    }

    /** Drives the window's LED panel until the process is stopped; the serial line may come and go. */
    static int led(BoardRuntime runtime, BoardTarget target, BoardInfo info, LedBoard.Port port, PrintWriter out)
            throws InterruptedException {
        out.printf("window %d LED panel: %s at %d baud, address %d%n", target.window(), port.serial().portPath(),
                port.serial().baudRate(), port.address());
        out.flush();
        try (LedPanelDriver ignored = LedBoard.attach(runtime, target.window(), info, port, LedBoard.RETRY_EVERY,
                LedBoard.REFRESH_EVERY)) {
            runtime.start();
            new CountDownLatch(1).await(); // until the process is stopped
        }
        return 0;
    }

    static int fx(BoardRuntime runtime, BoardTarget target, BoardInfo info, boolean fullScreen, PrintWriter err)
            throws InterruptedException {
        if (System.getenv("DISPLAY") == null && System.getenv("WAYLAND_DISPLAY") == null
                && !"Monocle".equals(System.getProperty("glass.platform"))) {
            err.println("no display: use --mode text, --render-once PNG, or run under xvfb-run -a");
            return 2;
        }
        FxPlatform.start();
        Platform.setImplicitExit(true);
        CountDownLatch closed = new CountDownLatch(1);
        Stage stage = FxLiveBoard.open(runtime, target, info, fullScreen);
        FxPlatform.call(() -> {
            stage.setOnHidden(e -> closed.countDown());
            return stage;
        });
        runtime.start();
        closed.await();
        return 0;
    }
}
