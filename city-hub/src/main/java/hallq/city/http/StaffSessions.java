package hallq.city.http;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * City staff logged in to the city's pages: a random token in an HttpOnly, SameSite=Strict cookie,
 * ended after two hours without a request and after twelve in any case. Kept in memory: a hub
 * restart asks the city office to log in again (the halls' relays log in on every request).
 */
final class StaffSessions {
    static final String COOKIE = "hallq_city";
    private static final Duration IDLE = Duration.ofHours(2);
    private static final Duration LONGEST = Duration.ofHours(12);
    private static final int MAX_SESSIONS = 1_000;
    private final SecureRandom random = new SecureRandom();
    private final InstantSource clock;
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();

    private record Session(String name, Instant started, Instant lastSeen) {
    }

    StaffSessions(InstantSource clock) {
        this.clock = clock;
    }

    String start(String name) {
        Instant now = clock.instant();
        sessions.values().removeIf(s -> ended(s, now));
        if (sessions.size() >= MAX_SESSIONS) {
            sessions.clear();
        }
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        sessions.put(token, new Session(name, now, now));
        return token;
    }

    /** The staff member a cookie belongs to, while the session lasts. */
    Optional<String> find(String token) {
        if (token == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Session s = sessions.get(token);
        if (s == null || ended(s, now)) {
            sessions.remove(token);
            return Optional.empty();
        }
        sessions.put(token, new Session(s.name(), s.started(), now));
        return Optional.of(s.name());
    }

    void end(String token) {
        if (token != null) {
            sessions.remove(token);
        }
    }

    private static boolean ended(Session s, Instant now) {
        return Duration.between(s.lastSeen(), now).compareTo(IDLE) > 0 || Duration.between(s.started(), now).compareTo(LONGEST) > 0;
    }
}
