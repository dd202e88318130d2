package hallq.controller.service;

import hallq.controller.core.Outcome;
import hallq.protocol.ResidentId;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns a resident ID number into the keyed hash (HMAC-SHA256 with the hall's secret key) that the
 * controller stores for per-person caps. The number itself is never stored, logged or published;
 * without the key the hash cannot be matched against a list of numbers.
 */
public final class PersonKeys {
    private final SecretKeySpec key;

    public PersonKeys(byte[] key) {
        if (key.length < 16) {
            throw new IllegalArgumentException("the person-key secret must have at least 16 bytes, it has " + key.length);
        }
        this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
    }

    /** A random key for this run only (tests): caps then do not carry across restarts. */
    public static PersonKeys ephemeral() {
        byte[] k = new byte[32];
        new SecureRandom().nextBytes(k);
        return new PersonKeys(k);
    }

    /** The keyed hash, or null when no number was given; a malformed number is rejected with the reason. */
    public String keyOf(String idNumber) {
        if (idNumber == null) {
            return null;
        }
        ResidentId.problem(idNumber).ifPresent(p -> {
            throw new Rejection(Outcome.Reason.INVALID, "idNumber: " + p);
        });
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] h = mac.doFinal(ResidentId.normalize(idNumber).getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(h);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
