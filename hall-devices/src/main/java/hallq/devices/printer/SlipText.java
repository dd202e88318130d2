package hallq.devices.printer;

import java.util.Objects;

/** The checks every slip makes of its text: present, not blank unless allowed, no control characters. */
final class SlipText {
    private SlipText() {
    }

    static void require(String name, String value, boolean blankAllowed) {
        Objects.requireNonNull(value, name);
        if (!blankAllowed && value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException(name + " contains a control character");
        }
    }
}
