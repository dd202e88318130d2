package hallq.kiosk.ui;

import hallq.kiosk.i18n.Text;
import java.util.List;

/**
 * The notice under the header after an ID card is read: the card holder's appointments and
 * handovers today ({@code lines}, none while the controller is asked or when there are none).
 * {@code key} ties an answer to the read that asked for it, so a late answer for a citizen who has
 * gone home is dropped.
 */
public record PersonNotice(Object key, List<Text> lines) {
    public PersonNotice {
        lines = List.copyOf(lines);
    }

    @Override
    public String toString() {
        return "PersonNotice" + lines;
    }
}
