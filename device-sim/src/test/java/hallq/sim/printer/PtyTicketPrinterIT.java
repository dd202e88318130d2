package hallq.sim.printer;

import hallq.devices.printer.EscPosTicketPrinter;
import hallq.devices.printer.TicketLayout;
import hallq.devices.printer.TicketPrinter;
import hallq.devices.serial.JSerialCommLink;
import hallq.devices.serial.SerialLink;
import hallq.devices.serial.SerialSettings;
import hallq.sim.pty.PtyPair;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The printer contract on the real wire: EscPosTicketPrinter → JSerialCommLink → pty pair
 * (socat) → JSerialCommLink → SimPrinter. Fails, not skips, when socat is missing.
 */
class PtyTicketPrinterIT extends TicketPrinterContract {

    @TempDir
    Path dir;
    private PtyPair pty;
    private SerialLink host;
    private SerialLink device;
    private SimPrinter sim;
    private TicketPrinter printer;

    @BeforeEach
    void connect() throws Exception {
        pty = PtyPair.open(dir.resolve("pty"), Duration.ofSeconds(5));
        host = new JSerialCommLink(SerialSettings.of("kiosk-1-printer", pty.a().toString()));
        device = new JSerialCommLink(SerialSettings.of("sim-printer", pty.b().toString()));
        host.open();
        device.open();
        sim = SimPrinter.start(device, dir.resolve("tickets"));
        printer = new EscPosTicketPrinter(host, TicketLayout.standard(), Duration.ofMillis(500));
    }

    @AfterEach
    void disconnect() {
        if (sim != null) {
            sim.close();
        }
        if (host != null) {
            host.close();
        }
        if (device != null) {
            device.close();
        }
        if (pty != null) {
            pty.close();
        }
    }

    @Override
    TicketPrinter printer() {
        return printer;
    }

    @Override
    SimPrinter sim() {
        return sim;
    }

    @Override
    SerialLink hostLink() {
        return host;
    }

    @Override
    Path outputDir() {
        return dir.resolve("tickets");
    }
}
