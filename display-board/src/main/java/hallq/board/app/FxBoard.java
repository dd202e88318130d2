package hallq.board.app;

import hallq.board.core.BoardState;
import hallq.board.render.BoardInfo;
import hallq.board.render.HallScreenViewModel;
import hallq.board.render.WindowBoardViewModel;
import hallq.board.render.fx.HallScreenView;
import hallq.board.render.fx.WindowBoardView;
import java.time.Instant;
import javafx.scene.Parent;

/** The JavaFX view for a target, fed with board states (call {@link #show} on the JavaFX thread). */
final class FxBoard {
    private final BoardTarget target;
    private final BoardInfo info;
    private final HallScreenView hall;
    private final WindowBoardView window;

    FxBoard(BoardTarget target, BoardInfo info) {
        this.target = target;
        this.info = info;
        this.hall = target.isHall() ? new HallScreenView() : null;
        this.window = target.isHall() ? null : new WindowBoardView();
    }

    void show(BoardState state, Instant now) {
        if (target.isHall()) {
            hall.show(HallScreenViewModel.of(state, info, now));
        } else {
            window.show(WindowBoardViewModel.of(state, info, target.window()));
        }
    }

    Parent root() {
        return target.isHall() ? hall.root() : window.root();
    }

    double width() {
        return target.isHall() ? HallScreenView.WIDTH : WindowBoardView.WIDTH;
    }

    double height() {
        return target.isHall() ? HallScreenView.HEIGHT : WindowBoardView.HEIGHT;
    }
}
