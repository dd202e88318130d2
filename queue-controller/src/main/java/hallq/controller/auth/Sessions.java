package hallq.controller.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Logged-in staff. A session ends after {@code idle} without requests, after {@code longest} in any
 * case (one working day), at logout, and when the password changes. Held in memory and, through a
 * {@link Store}, in the hall's database so that a restart logs nobody out: the store never sees a
 * token, only its SHA-256, nor the password hash, only a fingerprint of it. The last request is
 * stored at most once every {@link #SAVE_SEEN_EVERY}, so after a restart a session may end that
 * much earlier than it would have.
 */
public final class Sessions {
    /** How often, at most, a session's latest activity is written to the store. */
    public static final Duration SAVE_SEEN_EVERY = Duration.ofMinutes(1);

    /** What a session token leads to. */
    public sealed interface Lookup {
    }

    public record Active(Session session) implements Lookup {
    }

    /** It existed and ran out, or was ended by a logout or a password change: "log in again". */
    public record Expired() implements Lookup {
    }

    /** No token at all: "please log in". */
    public record Missing() implements Lookup {
    }

    /** {@code credential} is a fingerprint of the password hash at login: see {@link #issuedFor}. */
    public record Session(String token, String user, String credential, Instant started, Instant lastSeen) {
        /** Whether the account still has the password it had at login. */
        public boolean issuedFor(String passwordHash) {
            return credential.equals(fingerprint(passwordHash));
        }
    }

    /** A session as the store keeps it. */
    public record Stored(String tokenHash, String user, String credential, Instant started, Instant lastSeen) {
    }

    /** Where sessions outlive the process. */
    public interface Store {
        List<Stored> load();

        void save(Stored session);

        void seen(String tokenHash, Instant lastSeen);

        void delete(String tokenHash);

        void deleteUser(String user);
    }

    private static final Store NOWHERE = new Store() {
        @Override
        public List<Stored> load() {
            return List.of();
        }

        @Override
        public void save(Stored session) {
        }

        @Override
        public void seen(String tokenHash, Instant lastSeen) {
        }

        @Override
        public void delete(String tokenHash) {
        }

        @Override
        public void deleteUser(String user) {
        }
    };

    private static final int MAX_SESSIONS = 10_000;
    private final InstantSource clock;
    private final Duration idle;
    private final Duration longest;
    private final Store store;
    private final SecureRandom random = new SecureRandom();
    /** By token hash; {@code saved} is the last activity the store has. */
    private final Map<String, Entry> byHash = new ConcurrentHashMap<>();

    private record Entry(String user, String credential, Instant started, Instant lastSeen, Instant saved) {
    }

    /** Sessions in memory only: a restart logs everyone out. */
    public Sessions(InstantSource clock, Duration idle, Duration longest) {
        this(clock, idle, longest, NOWHERE);
    }

    /** Sessions kept in {@code store}: the live ones are read back, the ended ones deleted. */
    public Sessions(InstantSource clock, Duration idle, Duration longest, Store store) {
        this.clock = clock;
        this.idle = idle;
        this.longest = longest;
        this.store = store;
        Instant now = clock.instant();
        for (Stored s : store.load()) {
            Entry e = new Entry(s.user(), s.credential(), s.started(), s.lastSeen(), s.lastSeen());
            if (alive(e, now)) {
                byHash.put(s.tokenHash(), e);
            } else {
                store.delete(s.tokenHash());
            }
        }
    }

    public Session open(String user, String passwordHash) {
        Instant now = clock.instant();
        if (byHash.size() >= MAX_SESSIONS) {
            byHash.entrySet().removeIf(e -> {
                boolean ended = !alive(e.getValue(), now);
                if (ended) {
                    store.delete(e.getKey());
                }
                return ended;
            });
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String hash = hash(token);
        Entry e = new Entry(user, fingerprint(passwordHash), now, now, now);
        byHash.put(hash, e);
        store.save(new Stored(hash, user, e.credential(), now, now));
        return session(token, e);
    }

    /** Looks a token up and, when it is alive, counts this as activity. */
    public Lookup touch(String token) {
        if (token == null || token.isBlank()) {
            return new Missing();
        }
        String hash = hash(token);
        Entry e = byHash.get(hash);
        Instant now = clock.instant();
        if (e == null || !alive(e, now)) {
            if (e != null && byHash.remove(hash, e)) {
                store.delete(hash);
            }
            return new Expired();
        }
        boolean save = !now.isBefore(e.saved().plus(SAVE_SEEN_EVERY));
        Entry seen = new Entry(e.user(), e.credential(), e.started(), now, save ? now : e.saved());
        if (byHash.replace(hash, e, seen) && save) {
            store.seen(hash, now);
        }
        return new Active(session(token, seen));
    }

    /** Whether the token still names a live session, without counting it as activity. */
    public boolean alive(String token) {
        Entry e = token == null ? null : byHash.get(hash(token));
        return e != null && alive(e, clock.instant());
    }

    public void close(String token) {
        if (token != null) {
            String hash = hash(token);
            if (byHash.remove(hash) != null) {
                store.delete(hash);
            }
        }
    }

    /** Ends every session of a user: after a password change or removal. */
    public void closeAll(String user) {
        byHash.values().removeIf(e -> e.user().equals(user));
        store.deleteUser(user);
    }

    /** When this session ends if nothing more happens. */
    public Instant endsAt(Session s) {
        return endsAt(s.started(), s.lastSeen());
    }

    private Instant endsAt(Instant started, Instant lastSeen) {
        Instant byIdle = lastSeen.plus(idle);
        Instant byLength = started.plus(longest);
        return byIdle.isBefore(byLength) ? byIdle : byLength;
    }

    private boolean alive(Entry e, Instant now) {
        return now.isBefore(endsAt(e.started(), e.lastSeen()));
    }

    private static Session session(String token, Entry e) {
        return new Session(token, e.user(), e.credential(), e.started(), e.lastSeen());
    }

    /** What the store keeps of a token: enough to find the session, useless to log in with. */
    static String hash(String token) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(sha256(token));
    }

    /** A password hash's fingerprint: tells a changed password, reveals nothing to guess with. */
    static String fingerprint(String passwordHash) {
        return HexFormat.of().formatHex(sha256("hallq-session:" + passwordHash), 0, 16);
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
