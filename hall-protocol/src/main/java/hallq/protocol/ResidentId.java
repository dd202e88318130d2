package hallq.protocol;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The 18-character resident identity number (公民身份号码, GB 11643): 6-digit area code, birth date,
 * sequence, and an ISO 7064 MOD 11-2 check character. HallQ only validates and masks it; the
 * controller keeps a keyed hash, never the number.
 */
public final class ResidentId {
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private ResidentId() {
    }

    /**
     * Why the text is not a valid resident ID number, in words fit to show (the number itself is
     * never repeated), or empty when it is valid. Lower-case x is accepted.
     */
    public static Optional<String> problem(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of("the ID number is empty");
        }
        String id = text.trim().toUpperCase();
        if (id.length() != 18) {
            return Optional.of("an ID number has 18 characters, this one has " + id.length());
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = id.charAt(i);
            if (c < '0' || c > '9') {
                return Optional.of("the first 17 characters of an ID number are digits");
            }
            sum += (c - '0') * WEIGHTS[i];
        }
        try {
            LocalDate birth = LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
                    Integer.parseInt(id.substring(12, 14)));
            if (birth.getYear() < 1880) {
                return Optional.of("the birth date in the ID number is not plausible");
            }
        } catch (DateTimeException e) {
            return Optional.of("the birth date in the ID number is not a date");
        }
        if (CHECK[sum % 11] != id.charAt(17)) {
            return Optional.of("the ID number's check character does not match (a typing error?)");
        }
        return Optional.empty();
    }

    /** The full number for 17 digits: the digits and their check character (for simulators and tests). */
    public static String withCheck(String first17) {
        if (first17 == null || !first17.matches("\\d{17}")) {
            throw new IllegalArgumentException("give the 17 digits before the check character");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return first17 + CHECK[sum % 11];
    }

    public static boolean isValid(String text) {
        return problem(text).isEmpty();
    }

    /** The canonical form (trimmed, check character upper case); call only on a valid number. */
    public static String normalize(String text) {
        return text.trim().toUpperCase();
    }

    /** For screens and logs: the first 4 and last 4 characters, the rest as stars (4401**********1234). */
    public static String mask(String text) {
        if (text == null) {
            return "";
        }
        String id = text.trim();
        if (id.length() <= 8) {
            return "*".repeat(id.length());
        }
        return id.substring(0, 4) + "*".repeat(id.length() - 8) + id.substring(id.length() - 4);
    }
}
