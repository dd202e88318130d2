package hallq.kiosk.flow;

import hallq.devices.printer.PrintOutcome;
import hallq.kiosk.i18n.Text;
import hallq.protocol.rest.TicketView;

/** How one attempt ended. */
public sealed interface IssueResult {

    /** The ticket is in the citizen's hand. */
    record Printed(TicketView ticket, String qrUrl, boolean paperNearEnd) implements IssueResult {
    }

    /**
     * The controller issued a ticket but it did not print: it stays valid and is shown on screen
     * as a QR code to photograph; staff were alerted.
     */
    record PrintFailed(TicketView ticket, String qrUrl, PrintOutcome outcome) implements IssueResult {
    }

    /** No ticket was issued and nothing printed. */
    record Refused(Why why, Text message) implements IssueResult {
    }

    enum Why { CONTROLLER_DOWN, REJECTED, PRINTER_DOWN }
}
