package hallq.board.app;

import hallq.board.core.BoardState;
import hallq.board.render.BoardInfo;
import hallq.board.render.fx.FxPlatform;
import hallq.board.render.fx.FxPng;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** {@code --render-once PNG}: wait (bounded) for retained state, draw one frame headless, exit. */
final class RenderOnce {
    private static final long SETTLE_MS = 300;

    private RenderOnce() {
    }

    static int run(BoardRuntime runtime, BoardTarget target, BoardInfo info, Path png, Duration timeout,
                   PrintWriter out, PrintWriter err) throws InterruptedException {
        CountDownLatch ready = new CountDownLatch(1);
        runtime.store().listen((before, after) -> {
            if (target.hasState(after)) {
                ready.countDown();
            }
        });
        runtime.start();
        if (!ready.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            err.printf("没有收到数据 · nothing arrived: no retained %s state for this hall within %d s; "
                    + "is the queue controller running and publishing to the broker?%n",
                    target.isHall() ? "hall snapshot" : "window " + target.window(), timeout.toSeconds());
            return 3;
        }
        settle(runtime);
        FxPlatform.useHeadless();
        FxPlatform.start();
        BoardState state = runtime.store().state();
        FxPlatform.call(() -> {
            FxBoard board = new FxBoard(target, info);
            board.show(state, Instant.now());
            return FxPng.write(board.root(), board.width(), board.height(), png);
        });
        out.printf("wrote %s (%s)%n", png.toAbsolutePath(), target.name());
        return 0;
    }

    /** Lets the burst of retained messages that follows a subscribe finish before drawing. */
    private static void settle(BoardRuntime runtime) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 2_000;
        BoardState last = runtime.store().state();
        while (System.currentTimeMillis() < deadline) {
            Thread.sleep(SETTLE_MS);
            BoardState now = runtime.store().state();
            if (now.seqs().equals(last.seqs())) {
                return;
            }
            last = now;
        }
    }
}
