package hallq.devices.keypad;

import hallq.devices.TicketNumbers;
import java.util.Objects;
import java.util.Optional;

/**
 * A key pressed on the keypad of window {@code window}. NEXT with a ticket number means "call
 * this ticket" (call specific); other keys carry no ticket.
 */
public record KeyPress(int window, Key key, Optional<String> ticket) {

    public KeyPress {
        if (window < 1 || window > 254) {
            throw new IllegalArgumentException("keypad window " + window + " outside 1..254");
        }
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(ticket, "ticket");
        ticket.ifPresent(TicketNumbers::requireValid);
        if (ticket.isPresent() && key != Key.NEXT) {
            throw new IllegalArgumentException("only NEXT may carry a ticket number, not " + key);
        }
    }

    public static KeyPress of(int window, Key key) {
        return new KeyPress(window, key, Optional.empty());
    }

    public static KeyPress callSpecific(int window, String ticket) {
        return new KeyPress(window, Key.NEXT, Optional.of(ticket));
    }
}
