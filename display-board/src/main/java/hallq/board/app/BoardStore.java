package hallq.board.app;

import hallq.board.core.BoardInput;
import hallq.board.core.BoardReducer;
import hallq.board.core.BoardState;
import java.time.InstantSource;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds the current {@link BoardState} for the adapters: feeds inputs through the reducer one at a
 * time and tells listeners (renderers, announcer, resync trigger) about every new state.
 */
public final class BoardStore {
    private static final Logger log = LoggerFactory.getLogger(BoardStore.class);
    private final BoardReducer reducer;
    private final InstantSource clock;
    private final List<BiConsumer<BoardState, BoardState>> listeners = new CopyOnWriteArrayList<>();
    private BoardState state = BoardState.initial();

    public BoardStore(BoardReducer reducer, InstantSource clock) {
        this.reducer = Objects.requireNonNull(reducer);
        this.clock = Objects.requireNonNull(clock);
    }

    /** Listener gets (before, after) for every input, on the thread that delivered the input. */
    public void listen(BiConsumer<BoardState, BoardState> listener) {
        listeners.add(listener);
    }

    /** Listeners run under the store's lock, so they see states in order: keep them quick. */
    public synchronized void accept(BoardInput input) {
        BoardState before = state;
        state = reducer.reduce(before, input, clock.instant());
        for (BiConsumer<BoardState, BoardState> l : listeners) {
            try {
                l.accept(before, state);
            } catch (RuntimeException e) {
                log.error("board listener failed on {}", input.getClass().getSimpleName(), e); // never stop the feed
            }
        }
    }

    public synchronized BoardState state() {
        return state;
    }
}
