package hallq.board.render;

import static hallq.board.core.Fixtures.call;
import static hallq.board.core.Fixtures.demoSnapshot;

import hallq.board.core.BoardInput;
import hallq.board.core.BoardReducer;
import hallq.board.core.BoardState;
import hallq.board.core.Stamp;
import hallq.protocol.config.HallConfigLoader;
import java.nio.file.Path;
import java.time.Instant;

/** The demo hall's board info and a live board state with a recall of A023 to window 5 on top. */
public final class ViewModelFixtures {
    public static final BoardInfo INFO = BoardInfo.from(new HallConfigLoader().load(Path.of("../config/demo-hall.yml")));

    private ViewModelFixtures() {
    }

    public static BoardState liveState(BoardReducer reducer, Instant now) {
        BoardState s = reducer.reduce(BoardState.initial(),
                new BoardInput.Snapshot(new Stamp("hallq/v1/yunshan-center/hall", "e1", 1), demoSnapshot()), now);
        return reducer.reduce(s, new BoardInput.Call(new Stamp("hallq/v1/yunshan-center/calls", "e1", 1),
                call("A023", 5, true, 9)), now);
    }
}
