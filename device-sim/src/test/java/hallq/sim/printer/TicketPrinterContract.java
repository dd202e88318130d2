package hallq.sim.printer;

import static org.junit.jupiter.api.Assertions.*;

import hallq.devices.printer.PrintOutcome;
import hallq.devices.printer.PrinterStatus;
import hallq.devices.printer.TicketPrinter;
import hallq.devices.serial.SerialLink;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The {@link TicketPrinter} contract, run against the real ESC/POS adapter talking to the
 * simulated printer over different wires. Outcomes come back only after the printer answered
 * the status request that follows the job, and the simulator decodes bytes in order, so a
 * printed ticket is already cut ({@link SimPrinter#cuts()}) when print() returns; its files
 * are written a moment later, hence {@link #rendered}.
 */
abstract class TicketPrinterContract {

    /** The real adapter, wired to {@link #sim()}. */
    abstract TicketPrinter printer();

    abstract SimPrinter sim();

    /** The adapter's end of the wire, for injecting garbage. */
    abstract SerialLink hostLink();

    abstract Path outputDir();

    @Test
    void print_healthyPrinter_rendersNumberServiceAndHotline() {
        PrintOutcome outcome = printer().print(Slips.a023());

        assertEquals(PrintOutcome.printed(false), outcome);
        String text = rendered(1).text();
        assertTrue(text.contains("A023"), text);
        assertTrue(text.contains("户籍办理"), text);
        assertTrue(text.contains("12345"), text);
        assertTrue(text.contains("您前面还有 7 人等候"), text);
        assertEquals(List.of(), sim().problems());
    }

    @Test
    void print_qrCode_decodesFromRenderedPngToUrl() throws Exception {
        printer().print(Slips.a023());

        PrintedTicket ticket = rendered(1);
        assertEquals(List.of(Slips.URL), ticket.qrPayloads());
        assertEquals(Slips.URL, TicketQr.read(ticket.pngFile()));
        assertTrue(Files.readString(ticket.textFile()).contains("A023"));
    }

    @Test
    void print_paperOut_refusesAndRendersNothing() throws IOException {
        sim().setPaperOut(true);

        assertEquals(PrintOutcome.Kind.PAPER_OUT, printer().print(Slips.a023()).kind());
        assertNothingRendered();
    }

    @Test
    void print_coverOpen_refusesAndRendersNothing() throws IOException {
        sim().setCoverOpen(true);

        assertEquals(PrintOutcome.Kind.COVER_OPEN, printer().print(Slips.a023()).kind());
        assertNothingRendered();
    }

    @Test
    void print_offline_reportsOfflineAndRendersNothing() throws IOException {
        sim().setOffline(true);

        assertEquals(PrintOutcome.Kind.OFFLINE, printer().print(Slips.a023()).kind());
        assertNothingRendered();
    }

    @Test
    void print_paperNearEnd_printsWithWarning() {
        sim().setPaperNearEnd(true);

        PrintOutcome outcome = printer().print(Slips.a023());

        assertTrue(outcome.printed());
        assertTrue(outcome.paperNearEnd());
        assertEquals(1, sim().cuts());
    }

    @Test
    void print_afterPaperReplaced_printsAgain() {
        sim().setPaperOut(true);
        assertEquals(PrintOutcome.Kind.PAPER_OUT, printer().print(Slips.a023()).kind());

        sim().setPaperOut(false);

        assertTrue(printer().print(Slips.a023()).printed());
        assertEquals(1, sim().cuts());
    }

    @Test
    void status_healthyPrinter_answersOnlineWithPaper() {
        PrinterStatus status = printer().status();

        assertTrue(status.answered());
        assertFalse(status.offline());
        assertFalse(status.paperOut());
        assertFalse(status.coverOpen());
    }

    @Test
    void print_afterGarbageOnLine_stillPrints() throws Exception {
        hostLink().write(new byte[] {0x1B, 0x7F, 0x00, (byte) 0xFF, 0x07, 0x1D, 0x7E, 0x0D, 0x0A});

        assertTrue(printer().print(Slips.a023()).printed());
        assertTrue(sim().isRunning());
        assertFalse(sim().problems().isEmpty(), "unknown commands are reported");
        assertTrue(rendered(1).text().contains("A023"));
    }

    /** Waits (bounded) for the simulator to finish writing ticket {@code sequence}. */
    PrintedTicket rendered(int sequence) {
        List<PrintedTicket> tickets = Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> sim().tickets(), t -> t.size() >= sequence);
        return tickets.get(sequence - 1);
    }

    private void assertNothingRendered() throws IOException {
        assertEquals(0, sim().cuts());
        assertEquals(0, sim().discardedCommands(), "the adapter must not send a job it knows will fail");
        try (Stream<Path> files = Files.list(outputDir())) {
            assertEquals(0, files.count());
        }
    }
}
