package hallq.kiosk.flow;

import hallq.devices.printer.TicketPrinter;
import hallq.kiosk.client.ControllerClient;
import hallq.kiosk.client.ControllerException;
import hallq.protocol.rest.ServiceView;
import java.time.InstantSource;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls the controller's services and the printer's status, raises a device alert when the
 * printer becomes unfit (once per change, not per poll), and retries voids left pending.
 */
public final class LiveStatus {

    private static final Logger log = LoggerFactory.getLogger(LiveStatus.class);

    private final ControllerClient controller;
    private final TicketPrinter printer;
    private final TicketIssuer issuer;
    private final KioskEvents events;
    private final KioskIdentity id;
    private final InstantSource clock;
    private List<ServiceView> lastServices = List.of();
    private Boolean lastUp;
    private String lastPrinterProblem;

    public LiveStatus(ControllerClient controller, TicketPrinter printer, TicketIssuer issuer, KioskEvents events,
                      KioskIdentity id, InstantSource clock) {
        this.controller = controller;
        this.printer = printer;
        this.issuer = issuer;
        this.events = events;
        this.id = id;
        this.clock = clock;
    }

    public synchronized Live poll() {
        boolean up;
        try {
            lastServices = controller.services();
            up = true;
            issuer.retryPendingVoids();
        } catch (ControllerException e) {
            up = false;
        }
        if (!Objects.equals(lastUp, up)) {
            log.info("{}: controller {}", id.kioskId(), up ? "reachable" : "UNREACHABLE: ticketing paused");
            lastUp = up;
        }
        String printerProblem = PrinterCheck.problem(printer.status());
        if (printerProblem != null && !printerProblem.equals(lastPrinterProblem)) {
            events.deviceAlert(new KioskEvents.DeviceAlert(id.printerId(), printerProblem, clock.instant()));
        } else if (printerProblem == null && lastPrinterProblem != null) {
            log.info("{}: printer ready again", id.printerId());
        }
        lastPrinterProblem = printerProblem;
        return new Live(up, printerProblem, lastServices);
    }
}
