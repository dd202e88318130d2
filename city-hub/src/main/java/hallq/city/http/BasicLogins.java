package hallq.city.http;

import at.favre.lib.crypto.bcrypt.BCrypt;
import hallq.city.core.HubProblem;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * HTTP Basic logins against bcrypt hashes: a hall's relay (its hall id and password) or the city
 * office's staff. The bcrypt check runs once; then a SHA-256 of what was sent is remembered with the
 * hash it matched, so steady traffic costs no key derivation, and a changed password stops matching
 * at once.
 */
final class BasicLogins {
    private static final int MAX_REMEMBERED = 10_000;
    private final Function<String, Optional<String>> hashOf;
    private final String who;
    private final Map<String, String> verified = new ConcurrentHashMap<>();

    /** {@code who} names the accounts in the refusal ("the hall's id and password"). */
    BasicLogins(Function<String, Optional<String>> hashOf, String who) {
        this.hashOf = hashOf;
        this.who = who;
    }

    /** The account the {@code Authorization} header proves, or 401. */
    String check(String authorization) {
        String pair = basic(authorization);
        int colon = pair == null ? -1 : pair.indexOf(':');
        if (colon <= 0) {
            throw unauthorized();
        }
        String name = pair.substring(0, colon);
        String hash = hashOf.apply(name).orElseThrow(this::unauthorized);
        String key = digest(pair);
        if (hash.equals(verified.get(key))) {
            return name;
        }
        if (!BCrypt.verifyer().verify(pair.substring(colon + 1).toCharArray(), hash).verified) {
            throw unauthorized();
        }
        if (verified.size() >= MAX_REMEMBERED) {
            verified.clear();
        }
        verified.put(key, hash);
        return name;
    }

    private HubProblem unauthorized() {
        return new HubProblem(401, "UNAUTHORIZED", "log in with " + who + " (HTTP Basic)");
    }

    private static String basic(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            return new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String digest(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
