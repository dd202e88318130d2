package hallq.kiosk.testing;

import hallq.devices.printer.PrintOutcome;
import hallq.devices.printer.PrinterStatus;
import hallq.devices.printer.TicketPrinter;
import hallq.devices.printer.TicketSlip;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A printer whose status and next outcome the test sets; keeps every slip it was asked to print. */
public final class RecordingTicketPrinter implements TicketPrinter {

    public static final PrinterStatus HEALTHY = PrinterStatus.of(0x12, 0x12, 0x12, 0x12);
    public static final PrinterStatus PAPER_OUT = PrinterStatus.of(0x1A, 0x32, 0x12, 0x7E);
    public static final PrinterStatus COVER_OPEN = PrinterStatus.of(0x1A, 0x16, 0x12, 0x12);

    public final List<TicketSlip> slips = new CopyOnWriteArrayList<>();
    private volatile PrinterStatus status = HEALTHY;
    private volatile PrintOutcome outcome = PrintOutcome.printed(false);

    public void setStatus(PrinterStatus status) {
        this.status = status;
    }

    public void setOutcome(PrintOutcome outcome) {
        this.outcome = outcome;
    }

    @Override
    public PrintOutcome print(TicketSlip slip) {
        slips.add(slip);
        return outcome;
    }

    @Override
    public PrinterStatus status() {
        return status;
    }
}
