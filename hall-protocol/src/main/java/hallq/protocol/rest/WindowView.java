package hallq.protocol.rest;

import hallq.protocol.PersonName;
import hallq.protocol.WindowState;
import java.time.OffsetDateTime;
import java.util.List;

/** A window now; also the payload of the retained {@code windows/{n}} topic. */
public record WindowView(int number, String name, String department, WindowState state, List<String> services,
                         boolean standby, String clerk, String currentTicket, String currentStatus,
                         String currentService, OffsetDateTime since) {
    public static final String SCHEMA = "hallq.window/1";

    /** As published to boards and anyone else on the broker: the clerk's name masked (张*三). */
    public WindowView forPublic() {
        return new WindowView(number, name, department, state, services, standby, PersonName.mask(clerk),
                currentTicket, currentStatus, currentService, since);
    }
}
