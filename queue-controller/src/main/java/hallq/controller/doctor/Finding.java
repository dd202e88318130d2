package hallq.controller.doctor;

/** What one check found: a level, the check's name, and what is wrong and how to fix it (or what is fine). */
public record Finding(Level level, String check, String message) {
    public enum Level {
        OK, WARN, FAIL
    }

    public static Finding ok(String check, String message) {
        return new Finding(Level.OK, check, message);
    }

    public static Finding warn(String check, String message) {
        return new Finding(Level.WARN, check, message);
    }

    public static Finding fail(String check, String message) {
        return new Finding(Level.FAIL, check, message);
    }

    /** One line for the terminal: {@code FAIL backups  …}. */
    public String line() {
        return String.format("%-4s %-8s %s", level, check, message);
    }
}
