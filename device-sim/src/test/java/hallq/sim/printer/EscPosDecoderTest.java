package hallq.sim.printer;

import static org.junit.jupiter.api.Assertions.*;

import hallq.devices.printer.Alignment;
import hallq.devices.printer.TicketLayout;
import hallq.sim.printer.EscPosCommand.*;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class EscPosDecoderTest {

    private final EscPosDecoder decoder = new EscPosDecoder();

    private static byte[] hex(String spaced) {
        return HexFormat.ofDelimiter(" ").parseHex(spaced);
    }

    @Test
    void feed_styleAndStatusCommands_decodesEach() {
        List<EscPosCommand> commands = decoder.feed(hex("1B 40 1B 61 01 1B 45 01 1D 21 22 1C 26 10 04 04 0A 1D 56 01"));

        assertEquals(List.of(new Initialize(), new Align(Alignment.CENTER), new Bold(true), new Size(3, 3),
                new ChineseMode(true), new StatusRequest(4), new LineFeed(), new Cut(true)), commands);
    }

    @Test
    void feed_wholeTicketOneByteAtATime_givesSameCommandsAsOneChunk() {
        byte[] job = TicketLayout.standard().render(Slips.a023());
        List<EscPosCommand> split = new ArrayList<>();
        for (byte b : job) {
            split.addAll(decoder.feed(new byte[] {b}));
        }
        List<EscPosCommand> whole = new EscPosDecoder().feed(job);

        assertEquals(describe(whole), describe(split));
        assertTrue(split.stream().anyMatch(c -> c instanceof QrStore));
        assertTrue(split.stream().noneMatch(c -> c instanceof Unknown));
    }

    @Test
    void feed_unknownCommands_areReportedAndDecodingGoesOn() {
        List<EscPosCommand> commands = decoder.feed(hex("1B 7F 07 1D 7E 1C 70 10 05 41 0A"));

        assertEquals(5, commands.stream().filter(c -> c instanceof Unknown).count(), commands.toString());
        assertEquals(new LineFeed(), commands.get(commands.size() - 1));
    }

    @Test
    void feed_qrStore_carriesData() {
        List<EscPosCommand> commands = decoder.feed(hex("1D 28 6B 05 00 31 50 30 41 42 1D 28 6B 03 00 31 51 30"));

        assertArrayEquals("AB".getBytes(), ((QrStore) commands.get(0)).data());
        assertEquals(new QrPrint(), commands.get(1));
    }

    /** Text may be split differently; compare with text pieces joined. */
    private static String describe(List<EscPosCommand> commands) {
        StringBuilder out = new StringBuilder();
        for (EscPosCommand c : commands) {
            if (c instanceof Text t) {
                out.append(HexFormat.of().formatHex(t.bytes()));
            } else if (c instanceof QrStore q) {
                out.append("|QR:").append(new String(q.data())).append('|');
            } else {
                out.append('|').append(c).append('|');
            }
        }
        return out.toString();
    }
}
