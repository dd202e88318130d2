package hallq.board.app;

import hallq.board.adapter.mqtt.BoardSubscription;
import hallq.board.core.BoardState;
import hallq.board.render.BoardInfo;
import hallq.board.render.HallScreenViewModel;
import hallq.board.render.WindowBoardViewModel;
import hallq.board.render.text.TextBoardRenderer;
import hallq.protocol.mqtt.Topics;
import java.time.Instant;

/** Which board this process is: the hall screen, or the board of one window. */
public record BoardTarget(Integer window) {

    public static BoardTarget hall() {
        return new BoardTarget(null);
    }

    public boolean isHall() {
        return window == null;
    }

    public String name() {
        return isHall() ? "hall" : "w" + window;
    }

    public BoardSubscription subscription(Topics topics) {
        return isHall() ? BoardSubscription.hallScreen(topics) : BoardSubscription.windowBoard(topics, window);
    }

    /** Enough retained state to draw a true picture: the hall snapshot, or this window's state. */
    public boolean hasState(BoardState state) {
        return isHall() ? state.hallName() != null : state.window(window) != null;
    }

    public String text(BoardState state, BoardInfo info, Instant now, boolean withClock) {
        TextBoardRenderer text = new TextBoardRenderer();
        return isHall() ? text.hall(HallScreenViewModel.of(state, info, now), withClock)
                : text.window(WindowBoardViewModel.of(state, info, window));
    }
}
