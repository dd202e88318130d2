package hallq.sim.printer;

import hallq.devices.printer.TicketPrinter;
import hallq.devices.serial.SerialLink;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The printer contract on the real wire ({@link PtyPrinter}): EscPosTicketPrinter → JSerialCommLink
 * → pty pair (socat) → JSerialCommLink → SimPrinter. Fails, not skips, when socat is missing.
 */
class PtyTicketPrinterIT extends TicketPrinterContract {

    @TempDir
    Path dir;
    private PtyPrinter wired;

    @BeforeEach
    void connect() throws Exception {
        wired = PtyPrinter.open(dir.resolve("pty"), outputDir(), "kiosk-1-printer");
    }

    @AfterEach
    void disconnect() {
        if (wired != null) {
            wired.close();
        }
    }

    @Override
    TicketPrinter printer() {
        return wired.printer();
    }

    @Override
    SimPrinter sim() {
        return wired.sim();
    }

    @Override
    SerialLink hostLink() {
        return wired.hostLink();
    }

    @Override
    Path outputDir() {
        return dir.resolve("tickets");
    }
}
