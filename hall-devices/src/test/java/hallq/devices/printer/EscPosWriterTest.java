package hallq.devices.printer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import hallq.devices.Hex;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class EscPosWriterTest {

    private final ByteArrayOutputStream sink = new ByteArrayOutputStream();
    private final EscPosWriter writer = new EscPosWriter(sink);

    private String written() {
        return Hex.of(sink.toByteArray());
    }

    @Test
    void styleCommands_writeExactBytes() throws IOException {
        writer.initialize().align(Alignment.CENTER).bold(true).bold(false).size(3, 3).doubleSize(true)
                .doubleSize(false).chineseMode(true).chineseMode(false);

        assertEquals("1B 40 1B 61 01 1B 45 01 1B 45 00 1D 21 22 1D 21 11 1D 21 00 1C 26 1C 2E", written());
    }

    @Test
    void line_chineseText_isGb18030ThenLineFeed() throws IOException {
        writer.line("户籍A1");

        assertEquals("BB A7 BC AE 41 31 0A", written());
    }

    @Test
    void feedAndCut_writeExactBytes() throws IOException {
        writer.feed(3).cut(CutMode.PARTIAL).cut(CutMode.FULL);

        assertEquals("1B 64 03 1D 56 01 1D 56 00", written());
    }

    @Test
    void qrCode_usesNativeGsParenKFunctions() throws IOException {
        writer.qrCode("AB", 6, QrErrorLevel.M);

        assertEquals("1D 28 6B 04 00 31 41 32 00 "     // fn 65: model 2
                + "1D 28 6B 03 00 31 43 06 "          // fn 67: module 6 dots
                + "1D 28 6B 03 00 31 45 31 "          // fn 69: level M
                + "1D 28 6B 05 00 31 50 30 41 42 "    // fn 80: store "AB" (pL = 2 + 3)
                + "1D 28 6B 03 00 31 51 30", written()); // fn 81: print
    }

    @Test
    void qrCode_longData_splitsLengthIntoPlPh() throws IOException {
        writer.qrCode("x".repeat(300), 4, QrErrorLevel.L);

        byte[] out = sink.toByteArray();
        // store header starts after model (9), size (8) and level (8) functions
        assertEquals("1D 28 6B 2F 01 31 50 30", Hex.of(Arrays.copyOfRange(out, 25, 33)));
    }

    @Test
    void statusRequests_writeDleEotN() throws IOException {
        for (StatusRequest request : StatusRequest.values()) {
            writer.statusRequest(request);
        }

        assertEquals("10 04 01 10 04 02 10 04 03 10 04 04", written());
    }

    @Test
    void text_controlCharacter_isRefused() {
        assertThrows(IllegalArgumentException.class, () -> writer.text("A\u001B@"));
    }

    @Test
    void size_outOfRange_isRefused() {
        assertThrows(IllegalArgumentException.class, () -> writer.size(9, 1));
    }
}
