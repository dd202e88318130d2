package hallq.kiosk.testing;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

/** A hall clock tests move by hand; starts on a Monday 10:00 Asia/Shanghai. */
public final class MovableClock implements InstantSource {
    public static final Instant MONDAY_10 = Instant.parse("2025-03-03T02:00:00Z");
    private volatile Instant now = MONDAY_10;

    @Override
    public Instant instant() {
        return now;
    }

    public void advance(Duration d) {
        now = now.plus(d);
    }
}
