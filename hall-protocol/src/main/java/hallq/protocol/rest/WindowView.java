package hallq.protocol.rest;

import hallq.protocol.WindowState;
import java.time.OffsetDateTime;
import java.util.List;

/** A window now; also the payload of the retained {@code windows/{n}} topic. */
public record WindowView(int number, String name, String department, WindowState state, List<String> services,
                         boolean standby, String clerk, String currentTicket, String currentStatus,
                         String currentService, OffsetDateTime since) {
    public static final String SCHEMA = "hallq.window/1";
}
