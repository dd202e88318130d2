package hallq.kiosk.flow;

import hallq.devices.printer.PrintOutcome;
import hallq.devices.printer.TicketPrinter;
import hallq.kiosk.client.ControllerClient;
import hallq.kiosk.client.ControllerException;
import hallq.kiosk.flow.IssueResult.Why;
import hallq.kiosk.i18n.Texts;
import hallq.protocol.Channel;
import hallq.protocol.rest.CheckInRequest;
import hallq.protocol.rest.IssueTicketRequest;
import hallq.protocol.rest.PersonDayView;
import hallq.protocol.rest.TicketView;
import java.time.InstantSource;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes one ticket (for a service, or an appointment check-in): printer ready? → the controller
 * issues it (retries reuse the attempt's request id) → print → printed, or (print failed) kept
 * valid, shown on screen as a QR code and reported to staff; voided only when the citizen gives it
 * up (docs/decisions.md D12). The kiosk never invents a number.
 */
public final class TicketIssuer {

    private static final Logger log = LoggerFactory.getLogger(TicketIssuer.class);
    private static final int TRIES = 3;

    private final ControllerClient controller;
    private final TicketPrinter printer;
    private final SlipFactory slips;
    private final KioskEvents events;
    private final PendingVoids voids;
    private final KioskIdentity id;
    private final InstantSource clock;

    public TicketIssuer(ControllerClient controller, TicketPrinter printer, SlipFactory slips, KioskEvents events,
                        KioskIdentity id, InstantSource clock) {
        this.controller = controller;
        this.printer = printer;
        this.slips = slips;
        this.events = events;
        this.voids = new PendingVoids(controller);
        this.id = id;
        this.clock = clock;
    }

    public IssueResult take(Attempt attempt) {
        String printerProblem = PrinterCheck.problem(printer.status());
        if (printerProblem != null) {
            alert(printerProblem + " before issuing");
            return new IssueResult.Refused(Why.PRINTER_DOWN, Texts.PRINTER_DOWN_DETAIL);
        }
        TicketView ticket;
        try {
            ticket = withRetries(attempt);
        } catch (ControllerException e) {
            if (e.unreachable()) {
                return new IssueResult.Refused(Why.CONTROLLER_DOWN, Texts.CONTROLLER_DOWN_DETAIL);
            }
            return new IssueResult.Refused(Why.REJECTED, attempt.isPickup() ? Texts.pickupProblem(e.problem())
                    : attempt.isCheckIn() ? Texts.checkInProblem(e.problem())
                    : Texts.problem(e.problem(), attempt.citizen() != null));
        }
        String qrUrl = slips.qrUrl(ticket);
        PrintOutcome outcome = printer.print(slips.slip(ticket));
        if (outcome.printed()) {
            if (outcome.paperNearEnd()) {
                alert("paper near end: change the roll soon");
            }
            log.info("{}: ticket {} printed ({})", id.kioskId(), ticket.number(), ticket.priority());
            return new IssueResult.Printed(ticket, qrUrl, outcome.paperNearEnd());
        }
        alert("ticket " + ticket.number() + " not printed: " + outcome.kind() + " " + outcome.detail()
                + "; still valid, shown on screen");
        return new IssueResult.PrintFailed(ticket, qrUrl, outcome);
    }

    /** The citizen gave up a ticket that did not print: void it now, or as soon as the controller answers. */
    public PendingVoids.Result giveUp(TicketView ticket) {
        PendingVoids.Result result = voids.voidOrKeep(ticket.token(), "not printed; given up by the citizen");
        log.info("{}: unprinted ticket {} given up by the citizen: {}", id.kioskId(), ticket.number(), result);
        return result;
    }

    /** Retries when the controller did not answer or could not store (503): same request id. */
    private TicketView withRetries(Attempt attempt) throws ControllerException {
        String idNumber = attempt.citizen() == null ? null : attempt.citizen().number();
        ControllerException last = null;
        for (int i = 0; i < TRIES; i++) {
            try {
                if (attempt.isPickup()) {
                    return controller.pickup(attempt.handoverToken());
                }
                return attempt.isCheckIn()
                        ? controller.checkIn(new CheckInRequest(attempt.appointmentCode(), idNumber, id.kioskId(),
                                attempt.clientRequestId()))
                        : controller.issue(new IssueTicketRequest(attempt.serviceId(), attempt.clientRequestId(),
                                Channel.KIOSK, attempt.priority(), idNumber, id.kioskId()));
            } catch (ControllerException e) {
                last = e;
                boolean retryable = e.unreachable() || e.problem().status() == 503;
                if (!retryable) {
                    throw e;
                }
            }
        }
        throw last.unreachable() ? last : ControllerException.unreachable("controller could not store", last);
    }

    /**
     * The card holder's appointments and handovers from today on (this hall's and the city's), or
     * none when the controller cannot say: a notice, never a reason to hold up a ticket.
     */
    public PersonDayView personToday(CitizenId citizen) {
        try {
            return controller.personToday(citizen.number());
        } catch (ControllerException e) {
            log.info("{}: no day for the card {}: {}", id.kioskId(), citizen.masked(),
                    e.unreachable() ? "controller unreachable" : e.problem().code());
            return new PersonDayView(List.of(), false);
        }
    }

    /** Tries again to void tickets given up while the controller was away. */
    public void retryPendingVoids() {
        voids.retry();
    }

    public int pendingVoids() {
        return voids.size();
    }

    private void alert(String problem) {
        events.deviceAlert(new KioskEvents.DeviceAlert(id.printerId(), problem, clock.instant()));
    }
}
