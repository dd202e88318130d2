package hallq.controller.auth;

import java.util.Locale;

/** What a staff member may do: a clerk works the windows assigned to them, a manager runs the hall. */
public enum Role {
    MANAGER, CLERK;

    /** How the role appears in recorded actors, e.g. {@code clerk:wang}. */
    public String prefix() {
        return name().toLowerCase(Locale.ROOT);
    }
}
