package hallq.kiosk.flow;

import hallq.devices.printer.PrinterStatus;

/** Reads a printer status as the reason the kiosk cannot print now, or null when it can. */
public final class PrinterCheck {

    private PrinterCheck() {
    }

    public static String problem(PrinterStatus s) {
        if (!s.answered()) {
            return "printer offline (no answer to status request)";
        }
        if (s.paperOut()) {
            return "paper out";
        }
        if (s.coverOpen()) {
            return "cover open";
        }
        if (s.error()) {
            return "printer error " + s;
        }
        if (s.offline()) {
            return "printer reports offline " + s;
        }
        return null;
    }
}
