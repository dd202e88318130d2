package hallq.protocol.login;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * HTTP Basic logins of machines and staff against slow password hashes (bcrypt, PBKDF2). A password
 * is checked against its hash once; after that a SHA-256 of what was sent is remembered with the
 * hash it matched, so steady traffic costs no key derivation, and a changed or removed account stops
 * matching at once. Refused logins (a name and a password that do not match) are counted per address:
 * once the limiter's count is reached, that address is refused without a check for the rest of the
 * minute — except a login already known to be good, so a guesser sharing an honest client's address
 * cannot lock it out, and a spray of guesses costs at most that many hash checks a minute.
 */
public final class BasicLogins {
    private static final int MAX_REMEMBERED = 10_000;
    private final Function<String, Optional<String>> hashOf;
    private final Verifier verifier;
    private final RateLimiter refused;
    private final Map<String, String> verified = new ConcurrentHashMap<>();

    /** Checks a password against the stored hash of its account. */
    public interface Verifier {
        boolean verify(char[] password, String hash);
    }

    /** What a request's {@code Authorization} header turned out to be. */
    public sealed interface Verdict {
    }

    /** A valid login of the named account. */
    public record Valid(String name) implements Verdict {
    }

    /** No header, not HTTP Basic, no such account or a wrong password. */
    public record Refused() implements Verdict {
    }

    /** Too many refused logins from this address within the minute: not checked. */
    public record Limited() implements Verdict {
    }

    /**
     * {@code hashOf} finds the hash of an account that may log in here, by name; {@code refused}
     * counts refusals per address (one limiter may serve several kinds of login).
     */
    public BasicLogins(Function<String, Optional<String>> hashOf, Verifier verifier, RateLimiter refused) {
        this.hashOf = hashOf;
        this.verifier = verifier;
        this.refused = refused;
    }

    /** A limiter of {@code perMinute} refused logins a minute per address. */
    public static RateLimiter refusedPerMinute(int perMinute, InstantSource clock) {
        return new RateLimiter(perMinute, Duration.ofMinutes(1), clock);
    }

    /** Checks the {@code Authorization} header a request from {@code address} carried. */
    public Verdict check(String authorization, String address) {
        String pair = pair(authorization);
        int colon = pair == null ? -1 : pair.indexOf(':');
        if (colon <= 0) {
            return new Refused(); // no name to guess with: costs no check, counts for nothing
        }
        String name = pair.substring(0, colon);
        String hash = hashOf.apply(name).orElse(null);
        String key = digest(pair);
        if (hash != null && hash.equals(verified.get(key))) {
            return new Valid(name);
        }
        if (refused.over(address)) {
            return new Limited();
        }
        if (hash == null || !verifier.verify(pair.substring(colon + 1).toCharArray(), hash)) {
            return refuse(address);
        }
        if (verified.size() >= MAX_REMEMBERED) {
            verified.clear();
        }
        verified.put(key, hash);
        return new Valid(name);
    }

    private Verdict refuse(String address) {
        if (refused.over(address)) {
            return new Limited();
        }
        refused.record(address);
        return new Refused();
    }

    /** The {@code user:password} of an HTTP Basic header, or null. */
    private static String pair(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            return new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String digest(String text) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
