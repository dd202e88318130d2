package hallq.devices.printer;

/**
 * The kiosk's ticket printer. A ticket whose outcome is not PRINTED must not be counted as
 * issued: the citizen holds nothing.
 */
public interface TicketPrinter {

    /** Prints one ticket slip; never throws for device trouble, reports it as the outcome. */
    PrintOutcome print(TicketSlip slip);

    /** Asks the printer for its status now; {@link PrinterStatus#noAnswer()} if it is silent. */
    PrinterStatus status();
}
