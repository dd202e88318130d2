package hallq.controller.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hallq.controller.adapter.sqlite.SqliteSessionStore;
import hallq.controller.adapter.sqlite.SqliteStore;
import hallq.controller.testing.TestHall;
import hallq.protocol.testing.MutableClock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

    @Test
    void sessionsInTheDatabase_outliveTheProcess_untilTheyRunOut() throws Exception {
        Path db = TestHall.newDataDir().resolve("hallq.db");
        new SqliteStore(db, TestHall.ZONE).close(); // the migrations
        Sessions.Session kept;
        Sessions.Session ended;
        Sessions.Session other;
        try (SqliteSessionStore store = new SqliteSessionStore(db)) {
            Sessions first = new Sessions(clock, Duration.ofHours(2), Duration.ofHours(12), store);
            kept = first.open("wang", "$2a$hash");
            ended = first.open("wang", "$2a$hash");
            other = first.open("li", "$2a$other");
            first.close(ended.token());
            clock.advance(Duration.ofMinutes(90));
            assertInstanceOf(Sessions.Active.class, first.touch(kept.token()), "activity at 10:30 is stored");
        }
        clock.advance(Duration.ofMinutes(100)); // 12:10: li idle since 9:00, wang since 10:30
        try (SqliteSessionStore store = new SqliteSessionStore(db)) {
            Sessions again = new Sessions(clock, Duration.ofHours(2), Duration.ofHours(12), store);
            Sessions.Lookup found = again.touch(kept.token());
            assertInstanceOf(Sessions.Active.class, found, "read back after the restart");
            assertEquals("wang", ((Sessions.Active) found).session().user());
            assertTrue(((Sessions.Active) found).session().issuedFor("$2a$hash"));
            assertFalse(((Sessions.Active) found).session().issuedFor("$2a$changed"), "a new password ends it");
            assertInstanceOf(Sessions.Expired.class, again.touch(ended.token()), "a logout stays a logout");
            assertInstanceOf(Sessions.Expired.class, again.touch(other.token()), "idle too long while stopped");
            clock.advance(Duration.ofHours(2));
            assertInstanceOf(Sessions.Expired.class, again.touch(kept.token()));
        }
        String file = new String(Files.readAllBytes(db), StandardCharsets.ISO_8859_1);
        assertFalse(file.contains(kept.token()), "the database never holds a token");
        assertFalse(file.contains("$2a$hash"), "nor a password hash");
        try (SqliteSessionStore store = new SqliteSessionStore(db)) {
            assertTrue(store.load().isEmpty(), "ended sessions are deleted: " + store.load());
        }
    }

    @Test
    void closeAll_endsAUsersStoredSessionsToo() throws Exception {
        Path db = TestHall.newDataDir().resolve("hallq.db");
        new SqliteStore(db, TestHall.ZONE).close();
        try (SqliteSessionStore store = new SqliteSessionStore(db)) {
            Sessions s = new Sessions(clock, Duration.ofHours(2), Duration.ofHours(12), store);
            Sessions.Session a = s.open("wang", "$2a$hash");
            s.open("li", "$2a$hash");
            s.closeAll("wang");
            assertEquals(1, store.load().size());
            assertInstanceOf(Sessions.Expired.class,
                    new Sessions(clock, Duration.ofHours(2), Duration.ofHours(12), store).touch(a.token()));
        }
    }
}
