package hallq.protocol.testing;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** A clock tests move by hand. */
public final class MutableClock implements InstantSource {
    private volatile Instant now;

    public MutableClock(Instant start) {
        this.now = start;
    }

    /** A Monday in the hall's morning: 2026-11-23 at the given local time, Asia/Shanghai. */
    public static MutableClock mondayAt(int hour, int minute) {
        return new MutableClock(LocalDateTime.of(2026, 11, 23, hour, minute).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
    }

    @Override
    public Instant instant() {
        return now;
    }

    public void advance(Duration d) {
        now = now.plus(d);
    }
}
