package hallq.sim.printer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hallq.devices.printer.EscPosTicketPrinter;
import hallq.devices.printer.TicketLayout;
import hallq.devices.printer.TicketPrinter;
import hallq.devices.serial.SerialLink;
import hallq.sim.serial.InMemorySerialPair;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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

    @Test
    void restartOnSameFolder_numberingGoesOnAndNothingIsOverwritten() throws Exception {
        assertTrue(printer.print(Slips.a023()).printed());
        PrintedTicket first = rendered(1);
        String firstText = Files.readString(first.textFile());
        sim.close();

        sim = SimPrinter.start(wire.b(), outputDir());
        assertTrue(printer.print(Slips.a023()).printed());

        PrintedTicket second = rendered(1);
        assertEquals(2, second.sequence());
        assertEquals(outputDir().resolve("ticket-0002.png"), second.pngFile());
        assertEquals(firstText, Files.readString(first.textFile()));
    }
}
