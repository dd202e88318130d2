package hallq.controller.service;

import java.security.SecureRandom;
import java.util.Base64;

/** Unguessable keys for citizens' pages and short codes to read out at a kiosk, from one secure source. */
final class Tokens {
    private static final String CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private final SecureRandom random = new SecureRandom();

    /** 144 random bits, URL-safe: the key of a ticket's or an appointment's page. */
    String token() {
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Eight characters without 0/O and 1/I: an appointment's check-in code. */
    String code() {
        StringBuilder b = new StringBuilder(8);
        for (int i = 0; i < 8; i++) {
            b.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
        }
        return b.toString();
    }
}
