package hallq.controller.auth;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import hallq.controller.testing.MutableClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SessionsTest {
    private final MutableClock clock = MutableClock.mondayAt(9, 0);
    private final Sessions sessions = new Sessions(clock, Duration.ofHours(2), Duration.ofHours(12));

    @Test
    void touch_keepsAnActiveSessionAlive_untilItIsIdleTooLong() {
        Sessions.Session s = sessions.open("wang", "$2a$hash");
        clock.advance(Duration.ofMinutes(110));
        assertInstanceOf(Sessions.Active.class, sessions.touch(s.token()));
        clock.advance(Duration.ofMinutes(110));
        assertInstanceOf(Sessions.Active.class, sessions.touch(s.token()), "activity moved the idle limit");
        clock.advance(Duration.ofMinutes(121));
        assertInstanceOf(Sessions.Expired.class, sessions.touch(s.token()));
        assertInstanceOf(Sessions.Expired.class, sessions.touch(s.token()), "and stays ended");
    }

    @Test
    void aWorkingDayIsTheLongestSession_evenWithActivity() {
        Sessions.Session s = sessions.open("wang", "$2a$hash");
        for (int i = 0; i < 11; i++) {
            clock.advance(Duration.ofHours(1));
            assertInstanceOf(Sessions.Active.class, sessions.touch(s.token()));
        }
        clock.advance(Duration.ofHours(1));
        assertInstanceOf(Sessions.Expired.class, sessions.touch(s.token()));
    }

    @Test
    void noToken_isMissing_unknownOrClosedOnesAreExpired() {
        assertInstanceOf(Sessions.Missing.class, sessions.touch(null));
        assertInstanceOf(Sessions.Missing.class, sessions.touch(""));
        assertInstanceOf(Sessions.Expired.class, sessions.touch("made-up"));
        Sessions.Session a = sessions.open("wang", "$2a$hash");
        Sessions.Session b = sessions.open("wang", "$2a$hash");
        assertNotEquals(a.token(), b.token());
        sessions.close(a.token());
        assertInstanceOf(Sessions.Expired.class, sessions.touch(a.token()));
        assertInstanceOf(Sessions.Active.class, sessions.touch(b.token()));
        sessions.closeAll("wang");
        assertInstanceOf(Sessions.Expired.class, sessions.touch(b.token()));
    }
}
