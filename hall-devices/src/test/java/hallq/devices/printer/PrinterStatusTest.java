package hallq.devices.printer;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/** Status bytes as an Epson printer answers DLE EOT 1, 2, 3, 4. */
class PrinterStatusTest {

    @Test
    void healthy_isReadyToPrint() {
        PrinterStatus status = PrinterStatus.of(0x12, 0x12, 0x12, 0x12);

        assertFalse(status.offline());
        assertFalse(status.paperOut());
        assertFalse(status.paperNearEnd());
        assertNull(status.refusal());
    }

    @Test
    void paperEnd_refusesWithPaperOut() {
        PrinterStatus status = PrinterStatus.of(0x1A, 0x32, 0x12, 0x7E);

        assertTrue(status.paperOut());
        assertTrue(status.paperNearEnd());
        assertTrue(status.offline());
        assertEquals(PrintOutcome.Kind.PAPER_OUT, status.refusal().kind());
    }

    @Test
    void coverOpen_refusesWithCoverOpen() {
        PrinterStatus status = PrinterStatus.of(0x1A, 0x16, 0x12, 0x12);

        assertEquals(PrintOutcome.Kind.COVER_OPEN, status.refusal().kind());
    }

    @Test
    void nearEndOnly_doesNotRefuse() {
        PrinterStatus status = PrinterStatus.of(0x12, 0x12, 0x12, 0x1E);

        assertTrue(status.paperNearEnd());
        assertNull(status.refusal());
    }

    @Test
    void autoCutterError_refusesWithError() {
        PrinterStatus status = PrinterStatus.of(0x1A, 0x52, 0x1A, 0x12);

        assertEquals(PrintOutcome.Kind.ERROR, status.refusal().kind());
    }

    @Test
    void offlineWithoutCause_refusesWithOffline() {
        assertEquals(PrintOutcome.Kind.OFFLINE, PrinterStatus.of(0x1A, 0x12, 0x12, 0x12).refusal().kind());
    }

    @Test
    void noAnswer_refusesWithOffline() {
        assertEquals(PrintOutcome.Kind.OFFLINE, PrinterStatus.noAnswer().refusal().kind());
    }

    @Test
    void byteWithoutFixedBits_isNotAStatusByte() {
        assertFalse(PrinterStatus.isStatusByte(0x00));
        assertFalse(PrinterStatus.isStatusByte(0x93));
        assertTrue(PrinterStatus.isStatusByte(0x7E));
        assertThrows(IllegalArgumentException.class, () -> PrinterStatus.of(0x00, 0x12, 0x12, 0x12));
    }
}
