package hallq.controller.auth;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks a user name and password. After {@value #MAX_FAILURES} wrong passwords in a row a user is
 * locked for {@link #LOCK}, so guessing at the login page goes nowhere.
 */
public final class Authenticator {
    public static final int MAX_FAILURES = 5;
    public static final Duration LOCK = Duration.ofMinutes(1);

    public sealed interface Result {
    }

    public record Success(StaffAccount account, Sessions.Session session) implements Result {
    }

    public record WrongCredentials() implements Result {
    }

    public record Locked(Duration left) implements Result {
    }

    private record Failures(int count, Instant lockedUntil) {
    }

    private final StaffDirectory directory;
    private final PasswordHasher hasher;
    private final Sessions sessions;
    private final InstantSource clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    public Authenticator(StaffDirectory directory, PasswordHasher hasher, Sessions sessions, InstantSource clock) {
        this.directory = directory;
        this.hasher = hasher;
        this.sessions = sessions;
        this.clock = clock;
    }

    public Result login(String user, char[] password) {
        String key = user == null ? "" : user.strip().toLowerCase(Locale.ROOT);
        Instant now = clock.instant();
        Failures f = failures.get(key);
        if (f != null && f.lockedUntil() != null && now.isBefore(f.lockedUntil())) {
            return new Locked(Duration.between(now, f.lockedUntil()));
        }
        StaffAccount account = directory.find(key).orElse(null);
        if (!hasher.verify(password, account == null ? null : account.passwordHash())) {
            if (failures.size() > 10_000) {
                failures.clear();
            }
            failures.compute(key, (k, old) -> {
                int count = (old == null || old.lockedUntil() != null ? 0 : old.count()) + 1;
                return new Failures(count, count >= MAX_FAILURES ? now.plus(LOCK) : null);
            });
            return new WrongCredentials();
        }
        failures.remove(key);
        return new Success(account, sessions.open(account.user(), account.passwordHash()));
    }

    public Sessions sessions() {
        return sessions;
    }

    public StaffDirectory directory() {
        return directory;
    }

    public PasswordHasher hasher() {
        return hasher;
    }
}
