package hallq.sim.printer;

import hallq.devices.printer.EscPosTicketPrinter;
import hallq.devices.printer.TicketLayout;
import hallq.devices.printer.TicketPrinter;
import hallq.devices.serial.SerialLink;
import hallq.sim.serial.InMemorySerialPair;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** The printer contract over an in-memory wire: fast, no socat. */
class InMemoryTicketPrinterTest extends TicketPrinterContract {

    @TempDir
    Path dir;
    private InMemorySerialPair wire;
    private SimPrinter sim;
    private TicketPrinter printer;

    @BeforeEach
    void connect() throws Exception {
        wire = new InMemorySerialPair("kiosk-1-printer", "sim-printer");
        wire.a().open();
        wire.b().open();
        sim = SimPrinter.start(wire.b(), dir.resolve("tickets"));
        printer = new EscPosTicketPrinter(wire.a(), TicketLayout.standard(), Duration.ofMillis(300));
    }

    @AfterEach
    void disconnect() {
        sim.close();
        wire.a().close();
        wire.b().close();
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
        return wire.a();
    }

    @Override
    Path outputDir() {
        return dir.resolve("tickets");
    }
}
