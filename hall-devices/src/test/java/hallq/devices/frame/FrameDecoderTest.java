package hallq.devices.frame;

import static org.junit.jupiter.api.Assertions.*;

import hallq.devices.Hex;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FrameDecoderTest {

    private static final byte[] KEY_NEXT = Hex.bytes("A5 05 20 00 01 01 23 90 5A");
    private final FrameDecoder decoder = new FrameDecoder();

    private static List<Frame> frames(List<Decoded<Frame>> results) {
        return results.stream().filter(Decoded.Value.class::isInstance)
                .map(r -> ((Decoded.Value<Frame>) r).value()).toList();
    }

    private static List<String> errors(List<Decoded<Frame>> results) {
        return results.stream().filter(Decoded.Failure.class::isInstance)
                .map(r -> ((Decoded.Failure<Frame>) r).error().message()).toList();
    }

    @Test
    void feed_wholeFrame_decodesIt() {
        List<Decoded<Frame>> results = decoder.feed(KEY_NEXT);

        assertEquals(List.of(new Frame(5, 0x20, new byte[] {1})), frames(results));
        assertEquals(List.of(), errors(results));
        assertEquals(0, decoder.pending());
    }

    @Test
    void feed_oneByteAtATime_decodesOnceComplete() {
        List<Decoded<Frame>> results = new ArrayList<>();
        for (byte b : KEY_NEXT) {
            results.addAll(decoder.feed(new byte[] {b}));
        }

        assertEquals(1, frames(results).size());
        assertEquals(List.of(), errors(results));
    }

    @Test
    void feed_garbageThenFrame_reportsGarbageAndResynchronises() {
        byte[] garbage = Hex.bytes("00 FF 13 37 5A");
        List<Decoded<Frame>> results = decoder.feed(concat(garbage, KEY_NEXT));

        assertEquals(1, frames(results).size());
        assertEquals(List.of("skipped 5 byte(s) before a start byte 0xA5"), errors(results));
    }

    @Test
    void feed_badChecksum_reportsItAndFindsNextFrame() {
        byte[] corrupt = KEY_NEXT.clone();
        corrupt[5] = 0x02;
        List<Decoded<Frame>> results = decoder.feed(concat(corrupt, KEY_NEXT));

        assertEquals(1, frames(results).size());
        assertTrue(errors(results).get(0).startsWith("bad checksum"), errors(results).toString());
    }

    @Test
    void feed_oversizeLength_reportsItAndDoesNotWaitForIt() {
        List<Decoded<Frame>> results = decoder.feed(concat(Hex.bytes("A5 05 20 FF FF"), KEY_NEXT));

        assertEquals("frame length 65535 exceeds 1024", errors(results).get(0));
        assertEquals(1, frames(results).size());
    }

    @Test
    void feed_missingEndByte_reportsIt() {
        byte[] noEnd = KEY_NEXT.clone();
        noEnd[noEnd.length - 1] = 0x00;
        List<Decoded<Frame>> results = decoder.feed(noEnd);

        assertTrue(errors(results).get(0).startsWith("no end byte"), errors(results).toString());
        assertEquals(List.of(), frames(results));
    }

    @Test
    void feed_startByteInsidePayload_isNotMistakenForAFrame() {
        byte[] frame = FrameCodec.encode(1, 0x10, Hex.bytes("A5 A5 00 00"));

        assertEquals(List.of(new Frame(1, 0x10, Hex.bytes("A5 A5 00 00"))), frames(decoder.feed(frame)));
    }

    @Test
    void feed_randomNoise_neverThrowsAndStaysBounded() {
        Random random = new Random(42);
        for (int i = 0; i < 2_000; i++) {
            byte[] chunk = new byte[random.nextInt(64)];
            random.nextBytes(chunk);
            decoder.feed(chunk);
            assertTrue(decoder.pending() <= FrameCodec.OVERHEAD + Frame.MAX_PAYLOAD + 64);
        }
        assertEquals(1, frames(decoder.feed(concat(new byte[FrameCodec.OVERHEAD + Frame.MAX_PAYLOAD], KEY_NEXT))).size());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
