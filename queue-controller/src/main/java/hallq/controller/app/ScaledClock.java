package hallq.controller.app;

import java.time.Instant;
import java.time.InstantSource;

/**
 * A clock that starts at a chosen instant and runs {@code speed} times faster than real time:
 * the whole hall shares one, so a demo day passes in minutes. Speed 1 from "now" is the real clock.
 */
public final class ScaledClock implements InstantSource {
    private final Instant start;
    private final long realStartNanos;
    private final double speed;

    public ScaledClock(Instant start, double speed) {
        if (!(speed > 0) || speed > 1_000_000) {
            throw new IllegalArgumentException("speed must be above 0 and at most 1000000, got " + speed);
        }
        this.start = start;
        this.speed = speed;
        this.realStartNanos = System.nanoTime();
    }

    @Override
    public Instant instant() {
        long elapsed = System.nanoTime() - realStartNanos;
        return start.plusNanos((long) (elapsed * speed));
    }

    public double speed() {
        return speed;
    }
}
