package hallq.devices.printer;

/** A window's receipt printer: prints what a clerk hands the citizen (the 收件通知书 of a handover). */
public interface ReceiptPrinter {

    /** Prints one receipt; never throws for device trouble, reports it as the outcome. */
    PrintOutcome print(ReceiptSlip slip);

    /** Asks the printer for its status now; {@link PrinterStatus#noAnswer()} if it is silent. */
    PrinterStatus status();
}
