package hallq.kiosk.flow;

import hallq.protocol.rest.ServiceView;
import java.util.List;

/**
 * The kiosk's view of the hall at the last poll. {@code services} are the last known ones
 * (kept while the controller is away, so the screen does not go blank).
 */
public record Live(boolean controllerUp, String printerProblem, List<ServiceView> services) {
    public Live {
        services = List.copyOf(services);
    }

    public boolean ready() {
        return controllerUp && printerProblem == null;
    }
}
