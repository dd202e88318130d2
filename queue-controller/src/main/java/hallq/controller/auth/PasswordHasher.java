package hallq.controller.auth;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

/** Passwords are kept as bcrypt hashes (at.favre.lib:bcrypt); the cost is stored in each hash. */
public final class PasswordHasher {
    /** About a quarter of a second per hash on a hall server: slow for guessing, fine for a login. */
    public static final int DEFAULT_COST = 12;
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    /** Verifying against this keeps a login for an unknown user as slow as for a known one. */
    private static final String DUMMY = BCrypt.withDefaults().hashToString(4, "not-a-password".toCharArray());
    private static final int MAX_BYTES = 71;
    private final int cost;
    private final SecureRandom random = new SecureRandom();

    public PasswordHasher(int cost) {
        if (cost < 4 || cost > 31) {
            throw new IllegalArgumentException("bcrypt cost must be 4..31, got " + cost);
        }
        this.cost = cost;
    }

    /** Fewer characters than this are refused, wherever a password is set (CLI or web). */
    public static final int MIN_LENGTH = 8;

    public String hash(char[] password) {
        String problem = problem(password);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return BCrypt.withDefaults().hashToString(cost, password);
    }

    /** What is wrong with a new password ("中文 / English"), or null when it may be used. */
    public static String problem(char[] password) {
        if (password.length < MIN_LENGTH) {
            return "密码至少需要 " + MIN_LENGTH + " 个字符 / a password needs at least " + MIN_LENGTH + " characters";
        }
        if (tooLong(password)) {
            return "密码太长，最多 " + MAX_BYTES + " 字节（约 23 个汉字） / a password may have at most " + MAX_BYTES + " bytes";
        }
        if (new String(password).isBlank()) {
            return "密码不能全是空格 / a password cannot be only spaces";
        }
        return null;
    }

    public boolean verify(char[] password, String hash) {
        if (tooLong(password)) {
            return false;
        }
        if (hash == null) {
            BCrypt.verifyer().verify(password, DUMMY);
            return false;
        }
        return BCrypt.verifyer().verify(password, hash).verified;
    }

    private static boolean tooLong(char[] password) {
        return StandardCharsets.UTF_8.encode(CharBuffer.wrap(password)).remaining() > MAX_BYTES;
    }

    /** A random password without look-alike characters (0/O, 1/l/I), for first runs and resets. */
    public String randomPassword(int length) {
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }
}
