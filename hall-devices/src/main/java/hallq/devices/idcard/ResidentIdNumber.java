package hallq.devices.idcard;

/**
 * An 18-character citizen ID number (公民身份号码) per GB 11643-1999: 17 digits and a check
 * character computed with ISO 7064 MOD 11-2. {@link #toString()} masks the middle so the
 * number never lands in a log whole; use {@link #value()} where the full number is needed.
 */
public record ResidentIdNumber(String value) {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARS = "10X98765432";

    public ResidentIdNumber {
        String problem = problem(value);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    /** Why {@code candidate} is not a valid ID number, or null if it is. */
    public static String problem(String candidate) {
        if (candidate == null || !candidate.matches("[0-9]{17}[0-9X]")) {
            return "ID number must be 17 digits and a digit or X";
        }
        char expected = checkCharacter(candidate.substring(0, 17));
        if (candidate.charAt(17) != expected) {
            return "ID number check character is " + candidate.charAt(17) + ", GB 11643 gives " + expected;
        }
        return null;
    }

    /** The GB 11643 check character for the first 17 digits. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARS.charAt(sum % 11);
    }

    @Override
    public String toString() {
        return value.substring(0, 6) + "********" + value.substring(14);
    }
}
