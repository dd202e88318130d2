package hallq.board.core;

import java.time.Duration;

/**
 * Tuning of the reducer. {@code staleAfter}: silence after which the board shows 连接中断 (the
 * controller republishes the retained hall snapshot and status at least every 2 s, so 15 s is
 * seven missed heartbeats); {@code maxCalls}: how many recent calls the board keeps.
 */
public record BoardSettings(Duration staleAfter, int maxCalls) {
    public static final Duration DEFAULT_STALE_AFTER = Duration.ofSeconds(15);

    public BoardSettings {
        if (staleAfter == null || staleAfter.isNegative() || staleAfter.isZero()) {
            throw new IllegalArgumentException("staleAfter must be positive, was " + staleAfter);
        }
        if (maxCalls < 1) {
            throw new IllegalArgumentException("maxCalls must be at least 1, was " + maxCalls);
        }
    }

    public static BoardSettings defaults() {
        return new BoardSettings(DEFAULT_STALE_AFTER, 8);
    }
}
