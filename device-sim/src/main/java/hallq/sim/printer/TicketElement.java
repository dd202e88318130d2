package hallq.sim.printer;

import hallq.devices.printer.Alignment;
import hallq.devices.printer.QrErrorLevel;

/** Something printed on a ticket, in paper order. */
public sealed interface TicketElement {

    record TextLine(String text, Alignment alignment, boolean bold, int width, int height) implements TicketElement {
    }

    record QrCode(String payload, int moduleSize, QrErrorLevel level, Alignment alignment) implements TicketElement {
    }
}
