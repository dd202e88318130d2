package hallq.controller.adapter.http;

import hallq.controller.mqttauth.MosquittoHash;
import hallq.controller.mqttauth.MqttAccount;
import hallq.controller.mqttauth.MqttAccounts;
import hallq.controller.mqttauth.MqttRole;
import hallq.protocol.mqtt.MqttLogin;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Kiosks prove who they are on the REST endpoints only kiosks use (issue, void, check-in) with the
 * login of their {@code kiosk} account in {@code secrets/mqtt-clients.yml} — the same account store
 * as every other device — sent as HTTP Basic. A password is checked against its PBKDF2 hash once;
 * after that a SHA-256 of what was sent is remembered with the hash it matched, so a kiosk's steady
 * traffic costs no key derivation, and a changed or removed account stops matching at once.
 * Refused logins are counted per address: after {@value #REFUSED_PER_MINUTE} in a minute that
 * address is refused without a check for the rest of the minute — except a login already known to be
 * good, so a guesser sharing a kiosk's address cannot lock the kiosk out.
 */
public final class KioskLogins {
    public static final int REFUSED_PER_MINUTE = 20;
    private static final int MAX_REMEMBERED = 1_000;
    private final MqttAccounts accounts;
    private final Map<String, String> verified = new ConcurrentHashMap<>();
    private final RateLimiter refused;

    /** What a request's {@code Authorization} header turned out to be. */
    public sealed interface Verdict {
    }

    /** A valid login of the named kiosk. */
    public record Kiosk(String name) implements Verdict {
    }

    /** No header, not HTTP Basic, or no kiosk with that password. */
    public record Refused() implements Verdict {
    }

    /** Too many refused logins from this address within the minute: not checked. */
    public record Limited() implements Verdict {
    }

    public KioskLogins(MqttAccounts accounts, InstantSource clock) {
        this.accounts = accounts;
        this.refused = new RateLimiter(REFUSED_PER_MINUTE, Duration.ofMinutes(1), clock);
    }

    /** Checks the {@code Authorization} header a request from {@code address} carried. */
    public Verdict check(String authorization, String address) {
        String pair = basic(authorization);
        int colon = pair == null ? -1 : pair.indexOf(':');
        if (colon <= 0) {
            return refuse(address);
        }
        String name = pair.substring(0, colon);
        MqttAccount account = accounts.find(name).filter(a -> a.role() == MqttRole.KIOSK).orElse(null);
        String key = digest(pair);
        if (account != null && account.hash().equals(verified.get(key))) {
            return new Kiosk(name);
        }
        if (refused.over(address)) {
            return new Limited();
        }
        if (account == null || !MosquittoHash.verify(pair.substring(colon + 1).toCharArray(), account.hash())) {
            return refuse(address);
        }
        if (verified.size() >= MAX_REMEMBERED) {
            verified.clear();
        }
        verified.put(key, account.hash());
        return new Kiosk(name);
    }

    private Verdict refuse(String address) {
        if (refused.over(address)) {
            return new Limited();
        }
        refused.record(address);
        return new Refused();
    }

    /** The header a kiosk sends ({@link MqttLogin#httpAuthorization()}). */
    public static String header(String name, String password) {
        return MqttLogin.basic(name, password);
    }

    /** The {@code user:password} of an HTTP Basic header, or null. */
    private static String basic(String authorization) {
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
