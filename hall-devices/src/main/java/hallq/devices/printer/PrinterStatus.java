package hallq.devices.printer;

/**
 * The printer's answers to the four real-time status requests DLE EOT 1..4, as raw bytes, with
 * the bits this project relies on decoded per the Epson ESC/POS reference. In every answer bit 1
 * and bit 4 are fixed to 1 and bits 0 and 7 to 0 ({@link #isStatusByte}).
 *
 * <pre>
 * DLE EOT 1 printer status   bit 3: offline
 * DLE EOT 2 offline cause    bit 2: cover open      bit 5: stopped by paper end
 *                            bit 6: error occurred
 * DLE EOT 3 error cause      bit 2: mechanical error  bit 3: auto-cutter error
 *                            bit 5: unrecoverable error  bit 6: auto-recoverable error
 * DLE EOT 4 paper sensor     bits 2+3: roll near end  bits 5+6: roll paper end (absent)
 * </pre>
 *
 * A printer that did not answer within the timeout is {@link #noAnswer()}.
 */
public record PrinterStatus(boolean answered, int printer, int offlineCause, int errorCause, int paperSensor) {

    private static final int FIXED_MASK = 0x93;
    private static final int FIXED_VALUE = 0x12;

    public PrinterStatus {
        if (answered) {
            requireStatusByte("DLE EOT 1", printer);
            requireStatusByte("DLE EOT 2", offlineCause);
            requireStatusByte("DLE EOT 3", errorCause);
            requireStatusByte("DLE EOT 4", paperSensor);
        }
    }

    public static PrinterStatus of(int printer, int offlineCause, int errorCause, int paperSensor) {
        return new PrinterStatus(true, printer, offlineCause, errorCause, paperSensor);
    }

    public static PrinterStatus noAnswer() {
        return new PrinterStatus(false, 0, 0, 0, 0);
    }

    /** True if {@code b} has the fixed bits every DLE EOT answer carries. */
    public static boolean isStatusByte(int b) {
        return (b & FIXED_MASK) == FIXED_VALUE;
    }

    public boolean offline() {
        return !answered || bit(printer, 3);
    }

    public boolean coverOpen() {
        return answered && bit(offlineCause, 2);
    }

    /** No paper at the roll-end sensor, or printing stopped because of it. */
    public boolean paperOut() {
        return answered && (bit(paperSensor, 5) || bit(paperSensor, 6) || bit(offlineCause, 5));
    }

    public boolean paperNearEnd() {
        return answered && (bit(paperSensor, 2) || bit(paperSensor, 3));
    }

    /** Mechanical, cutter or other error reported by DLE EOT 2 bit 6 or DLE EOT 3. */
    public boolean error() {
        return answered && (bit(offlineCause, 6) || bit(errorCause, 2) || bit(errorCause, 3)
                || bit(errorCause, 5) || bit(errorCause, 6));
    }

    /** The outcome a print attempted now would be refused with, or null when ready. */
    public PrintOutcome refusal() {
        if (!answered) {
            return PrintOutcome.of(PrintOutcome.Kind.OFFLINE, "printer did not answer the status request");
        }
        if (paperOut()) {
            return PrintOutcome.of(PrintOutcome.Kind.PAPER_OUT, "paper out");
        }
        if (coverOpen()) {
            return PrintOutcome.of(PrintOutcome.Kind.COVER_OPEN, "cover open");
        }
        if (error()) {
            return PrintOutcome.of(PrintOutcome.Kind.ERROR, "printer error " + this);
        }
        if (offline()) {
            return PrintOutcome.of(PrintOutcome.Kind.OFFLINE, "printer reports offline " + this);
        }
        return null;
    }

    private static boolean bit(int value, int bit) {
        return (value & (1 << bit)) != 0;
    }

    private static void requireStatusByte(String name, int b) {
        if (b < 0 || b > 0xFF || !isStatusByte(b)) {
            throw new IllegalArgumentException(name + " answer 0x" + Integer.toHexString(b)
                    + " lacks the fixed bits of a status byte");
        }
    }

    @Override
    public String toString() {
        return answered
                ? String.format("PrinterStatus[%02X %02X %02X %02X]", printer, offlineCause, errorCause, paperSensor)
                : "PrinterStatus[no answer]";
    }
}
