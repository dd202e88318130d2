package hallq.board.app;

import hallq.board.render.BoardInfo;
import hallq.board.render.fx.FxPlatform;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** A board in a JavaFX window that follows the board's state (at most one redraw per pulse). */
public final class FxLiveBoard {
    private FxLiveBoard() {
    }

    /** Opens the window (JavaFX must be started) and keeps it drawn from {@code runtime}'s state from now on. */
    public static Stage open(BoardRuntime runtime, BoardTarget target, BoardInfo info, boolean fullScreen) {
        FxBoard board = FxPlatform.call(() -> new FxBoard(target, info));
        Stage stage = FxPlatform.call(() -> {
            Stage s = new Stage();
            s.setTitle("HallQ " + info.hallName() + " " + target.name());
            s.setScene(new Scene(board.root(), board.width(), board.height()));
            s.setFullScreen(fullScreen);
            board.show(runtime.store().state(), Instant.now());
            s.show();
            return s;
        });
        AtomicBoolean pending = new AtomicBoolean();
        runtime.store().listen((before, after) -> {
            if (pending.compareAndSet(false, true)) { // coalesce: draw the latest state at most once per pulse
                Platform.runLater(() -> {
                    pending.set(false);
                    board.show(runtime.store().state(), Instant.now());
                });
            }
        });
        return stage;
    }
}
