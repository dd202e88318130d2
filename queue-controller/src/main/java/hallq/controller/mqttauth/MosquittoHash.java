package hallq.controller.mqttauth;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Password hashes in mosquitto's {@code $7$} form, {@code $7$<iterations>$<salt>$<hash>}: PBKDF2 with
 * HMAC-SHA512, a 12-byte salt, a 64-byte key, both base64. The same line is checked by the embedded
 * broker and by mosquitto's {@code password_file}, so one hash serves either broker. The passwords
 * HallQ generates are random (about 130 bits), so the iteration count guards nothing a guesser could
 * use; {@value #ITERATIONS} keeps a reconnecting hall of devices cheap for the broker.
 */
public final class MosquittoHash {
    public static final int ITERATIONS = 1000;
    private static final int SALT_BYTES = 12;
    private static final int KEY_BYTES = 64;
    private static final Pattern FORM = Pattern.compile("\\$7\\$(\\d{1,7})\\$([A-Za-z0-9+/=]{4,64})\\$([A-Za-z0-9+/=]{86,88})");

    private MosquittoHash() {
    }

    /** A new hash of {@code password} with a random salt. */
    public static String hash(char[] password, SecureRandom random) {
        if (password.length == 0) {
            throw new IllegalArgumentException("an MQTT password cannot be empty");
        }
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return format(ITERATIONS, salt, derive(password, salt, ITERATIONS));
    }

    /** Whether {@code password} matches {@code hash}; false for a malformed hash or an empty password. */
    public static boolean verify(char[] password, String hash) {
        if (password == null || password.length == 0 || hash == null) {
            return false;
        }
        Matcher m = FORM.matcher(hash);
        if (!m.matches()) {
            return false;
        }
        int iterations = Integer.parseInt(m.group(1));
        if (iterations < 1) {
            return false;
        }
        byte[] salt;
        byte[] expected;
        try {
            salt = Base64.getDecoder().decode(m.group(2));
            expected = Base64.getDecoder().decode(m.group(3));
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (expected.length != KEY_BYTES || salt.length == 0) {
            return false;
        }
        return MessageDigest.isEqual(expected, derive(password, salt, iterations));
    }

    public static boolean looksLikeHash(String text) {
        return text != null && FORM.matcher(text).matches();
    }

    static String format(int iterations, byte[] salt, byte[] key) {
        Base64.Encoder b64 = Base64.getEncoder();
        return "$7$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(key);
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, KEY_BYTES * 8);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA512 is part of every Java 17", e);
        } finally {
            spec.clearPassword();
        }
    }
}
