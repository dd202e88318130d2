package hallq.controller.auth;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A staff member who may log in. {@code passwordHash} is a bcrypt hash, never the password;
 * {@code windows} are the windows a clerk may act on (a manager may act on all of them).
 */
public record StaffAccount(String user, String name, Role role, String passwordHash, List<Integer> windows) {
    /** Request attribute holding the logged-in actor, e.g. {@code manager:admin}, for what the API records. */
    public static final String ACTOR_ATTRIBUTE = "hallq.staff.actor";
    private static final Pattern USER = Pattern.compile("[a-z0-9][a-z0-9._-]{1,31}");

    public StaffAccount {
        if (user == null || !USER.matcher(user).matches()) {
            throw new IllegalArgumentException("user name must be 2-32 characters a-z, 0-9, '.', '_' or '-', got '"
                    + user + "'");
        }
        if (name == null || name.isBlank() || name.length() > 32) {
            throw new IllegalArgumentException("name of " + user + " must be 1-32 characters");
        }
        if (role == null) {
            throw new IllegalArgumentException("role of " + user + " must be MANAGER or CLERK");
        }
        if (passwordHash == null || !passwordHash.startsWith("$2")) {
            throw new IllegalArgumentException("passwordHash of " + user + " must be a bcrypt hash");
        }
        windows = windows == null ? List.of() : List.copyOf(windows.stream().distinct().sorted().toList());
        if (windows.stream().anyMatch(w -> w < 1)) {
            throw new IllegalArgumentException("windows of " + user + " must be window numbers");
        }
    }

    /** Whether this person may act on the window at all. */
    public boolean works(int window) {
        return role == Role.MANAGER || windows.contains(window);
    }

    /** Who did it, as recorded in events and the audit table. */
    public String actor() {
        return role.prefix() + ":" + user;
    }

    public StaffAccount withWindows(List<Integer> newWindows) {
        return new StaffAccount(user, name, role, passwordHash, newWindows);
    }

    public StaffAccount withPasswordHash(String hash) {
        return new StaffAccount(user, name, role, hash, windows);
    }
}
