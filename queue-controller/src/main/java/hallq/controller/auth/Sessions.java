package hallq.controller.auth;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Logged-in staff, in memory: a restart logs everyone out. A session ends after {@code idle}
 * without requests, and after {@code longest} in any case (one working day).
 */
public final class Sessions {
    /** What a session token leads to. */
    public sealed interface Lookup {
    }

    public record Active(Session session) implements Lookup {
    }

    /** It existed and ran out, or was ended by a logout or a restart: "log in again". */
    public record Expired() implements Lookup {
    }

    /** No token at all: "please log in". */
    public record Missing() implements Lookup {
    }

    /** {@code credential} is the password hash at login: a changed password ends the session. */
    public record Session(String token, String user, String credential, Instant started, Instant lastSeen) {
    }

    private static final int MAX_SESSIONS = 10_000;
    private final InstantSource clock;
    private final Duration idle;
    private final Duration longest;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Session> byToken = new ConcurrentHashMap<>();

    public Sessions(InstantSource clock, Duration idle, Duration longest) {
        this.clock = clock;
        this.idle = idle;
        this.longest = longest;
    }

    public Session open(String user, String credential) {
        Instant now = clock.instant();
        if (byToken.size() >= MAX_SESSIONS) {
            byToken.values().removeIf(s -> !alive(s, now));
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        Session s = new Session(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes), user, credential, now, now);
        byToken.put(s.token(), s);
        return s;
    }

    /** Looks a token up and, when it is alive, counts this as activity. */
    public Lookup touch(String token) {
        if (token == null || token.isBlank()) {
            return new Missing();
        }
        Session s = byToken.get(token);
        Instant now = clock.instant();
        if (s == null || !alive(s, now)) {
            if (s != null) {
                byToken.remove(token);
            }
            return new Expired();
        }
        Session seen = new Session(s.token(), s.user(), s.credential(), s.started(), now);
        byToken.replace(token, s, seen);
        return new Active(seen);
    }

    /** Whether the token still names a live session, without counting it as activity. */
    public boolean alive(String token) {
        Session s = token == null ? null : byToken.get(token);
        return s != null && alive(s, clock.instant());
    }

    public void close(String token) {
        if (token != null) {
            byToken.remove(token);
        }
    }

    /** Ends every session of a user: after a password change or removal. */
    public void closeAll(String user) {
        byToken.values().removeIf(s -> s.user().equals(user));
    }

    /** When this session ends if nothing more happens. */
    public Instant endsAt(Session s) {
        Instant byIdle = s.lastSeen().plus(idle);
        Instant byLength = s.started().plus(longest);
        return byIdle.isBefore(byLength) ? byIdle : byLength;
    }

    private boolean alive(Session s, Instant now) {
        return now.isBefore(endsAt(s));
    }
}
