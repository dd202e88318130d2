package hallq.kiosk.ui;

/**
 * What an appointment code may look like as it is typed: 4 to 16 letters and digits, upper case.
 * The controller draws its 8-character codes from {@link #KEYS} (no 0, 1, I or O to mix up): the
 * on-screen keypad has just those; a keyboard or scanner may type any letter or digit.
 */
final class AppointmentCode {

    static final String KEYS = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    static final int MIN = 4;
    static final int MAX = 16;

    private AppointmentCode() {
    }

    /** The code with {@code c} added, or unchanged if {@code c} cannot be part of a code or it is full. */
    static String append(String code, char c) {
        if (code.length() >= MAX || c > 127 || !Character.isLetterOrDigit(c)) {
            return code;
        }
        return code + Character.toUpperCase(c);
    }

    static boolean complete(String code) {
        return code.length() >= MIN;
    }
}
