package hallq.sim.printer;

/**
 * The sensor state of the simulated printer, and the status bytes a real ESC/POS printer
 * answers for it (Epson DLE EOT; bits 1 and 4 are always set):
 *
 * <pre>
 * n=1 printer      bit 3 offline (set while paper out or cover open)
 * n=2 offline      bit 2 cover open, bit 5 stopped by paper end
 * n=3 error        none simulated
 * n=4 paper sensor bits 2,3 near end, bits 5,6 paper end
 * </pre>
 *
 * "Offline" here means the printer is silent: no answer at all, as when unplugged.
 */
record SimPrinterFaults(boolean paperOut, boolean paperNearEnd, boolean coverOpen, boolean silent) {

    static final SimPrinterFaults NONE = new SimPrinterFaults(false, false, false, false);

    boolean canPrint() {
        return !paperOut && !coverOpen && !silent;
    }

    /** The answer to DLE EOT n, or -1 when silent or n is not 1..4 (real printers ignore it). */
    int answer(int n) {
        if (silent) {
            return -1;
        }
        int b = 0x12;
        switch (n) {
            case 1 -> b |= (paperOut || coverOpen) ? 0x08 : 0;
            case 2 -> b |= (coverOpen ? 0x04 : 0) | (paperOut ? 0x20 : 0);
            case 3 -> { }
            case 4 -> b |= (paperNearEnd ? 0x0C : 0) | (paperOut ? 0x60 : 0);
            default -> b = -1;
        }
        return b;
    }
}
