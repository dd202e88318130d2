package hallq.devices.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hallq.devices.frame.Decoded;
import hallq.devices.frame.Frame;
import hallq.devices.frame.FrameCodec;
import hallq.devices.frame.FrameDecoder;
import hallq.devices.printer.PrinterStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property tests of every device decoder, each case reproducible from its seed: whatever arrives on
 * a serial line, the frame decoder and the device codecs return values or decode errors, never
 * throw, hold a bounded amount of bytes, and every valid frame behind the noise is still decoded.
 */
class FrameFuzzTest {

    static LongStream frames() {
        return DeviceTraffic.seeds(600);
    }

    static LongStream lines() {
        return DeviceTraffic.seeds(300);
    }

    static LongStream noise() {
        return DeviceTraffic.seeds(300);
    }

    /** Any frame at all (random address, command near the real ones, random payload): no codec throws. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("frames")
    void anyFrame_everyCodecAnswersWithAValueOrAnError(long seed) {
        Random r = new Random(seed);
        int command = r.nextBoolean() ? 0x10 + r.nextInt(0x32) : r.nextInt(256);
        byte[] payload = new byte[r.nextInt(4) == 0 ? r.nextInt(Frame.MAX_PAYLOAD + 1) : r.nextInt(40)];
        r.nextBytes(payload);
        if (payload.length > 0 && r.nextBoolean()) {
            payload[0] = (byte) r.nextInt(8); // a plausible first byte: line, key, score, name length
        }
        Frame frame = new Frame(r.nextInt(256), command, payload);
        for (DeviceTraffic.Kind kind : DeviceTraffic.Kind.values()) {
            Decoded<?> d = kind.codec.apply(frame);
            if (d instanceof Decoded.Failure<?> f) {
                assertFalse(f.error().message().isBlank(), kind + " gave an empty error for " + frame);
            }
        }
    }

    /** Valid events survive encode → bytes → decoder → codec unchanged. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("frames")
    void validEvent_roundTripsThroughItsCodec(long seed) {
        Random r = new Random(seed);
        DeviceTraffic.Kind kind = DeviceTraffic.Kind.values()[r.nextInt(DeviceTraffic.Kind.values().length)];
        DeviceTraffic.Message m = DeviceTraffic.valid(kind, r);
        List<Decoded<Frame>> frames = new FrameDecoder().feed(m.bytes());
        assertEquals(1, frames.size(), kind + " " + m.event());
        assertEquals(Decoded.value(m.event()), kind.codec.apply(((Decoded.Value<Frame>) frames.get(0)).value()));
    }

    /**
     * A line of valid frames with noise between them (random bytes, start bytes, truncated frames,
     * flipped bits, broken end bytes, lying headers), cut into random chunks: every valid event is
     * decoded in order, nothing throws, and the decoder never holds more than one frame's worth.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("lines")
    void noisyLine_everyValidFrameAfterTheNoiseStillDecodes(long seed) {
        Random r = new Random(seed);
        DeviceTraffic.Kind kind = DeviceTraffic.Kind.values()[r.nextInt(DeviceTraffic.Kind.values().length)];
        DeviceTraffic.Line line = DeviceTraffic.line(kind, r, 1 + r.nextInt(12));
        FrameDecoder decoder = new FrameDecoder();
        List<Object> decoded = new ArrayList<>();
        int errors = 0;
        for (byte[] chunk : line.chunks(r)) {
            for (Decoded<Frame> f : decoder.feed(chunk)) {
                Decoded<?> event = f instanceof Decoded.Value<Frame> v ? kind.codec.apply(v.value()) : f;
                if (event instanceof Decoded.Value<?> v) {
                    decoded.add(v.value());
                } else {
                    errors++;
                }
            }
            assertTrue(decoder.pending() <= FrameCodec.OVERHEAD + Frame.MAX_PAYLOAD + 300, "pending " + decoder.pending());
        }
        assertTrue(DeviceTraffic.inOrder(line.events(), decoded),
                kind + ": sent " + line.events() + "\n decoded " + decoded);
        assertTrue(line.noiseBytes() == 0 || errors > 0, "noise of " + line.noiseBytes() + " bytes went unreported");
        assertEquals(0, decoder.pending(), "the settling bytes leave nothing pending");
    }

    /** Pure noise of any length: no frame, no exception, bounded memory; a frame after it decodes. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("noise")
    void pureNoise_thenAFrame_decodesTheFrame(long seed) {
        Random r = new Random(seed);
        FrameDecoder decoder = new FrameDecoder();
        byte[] frame = DeviceTraffic.valid(DeviceTraffic.Kind.KEYPAD, r).bytes();
        for (int i = r.nextInt(50); i > 0; i--) {
            decoder.feed(DeviceTraffic.noise(r, frame));
            assertTrue(decoder.pending() <= FrameCodec.OVERHEAD + Frame.MAX_PAYLOAD + 40);
        }
        decoder.feed(DeviceTraffic.settle());
        List<Decoded<Frame>> out = decoder.feed(frame);
        assertEquals(1, out.size(), out.toString());
        assertTrue(out.get(0) instanceof Decoded.Value<Frame>);
    }

    /**
     * The printer's status answers: every byte value is either a status byte (fixed bits present)
     * that decodes to flags, or refused by {@link PrinterStatus#isStatusByte}; none throws.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("noise")
    void printerStatusBytes_decodeOrAreRefused(long seed) {
        Random r = new Random(seed);
        int[] answers = {r.nextInt(256), r.nextInt(256), r.nextInt(256), r.nextInt(256)};
        boolean all = true;
        for (int a : answers) {
            all &= PrinterStatus.isStatusByte(a);
        }
        if (all) {
            PrinterStatus s = PrinterStatus.of(answers[0], answers[1], answers[2], answers[3]);
            assertEquals((answers[0] & 0x08) != 0, s.offline(), s.toString());
            assertEquals((answers[1] & 0x04) != 0, s.coverOpen(), s.toString());
            assertTrue(!s.paperOut() || (answers[3] & 0x60) != 0 || (answers[1] & 0x20) != 0, s.toString());
        } else {
            try {
                PrinterStatus.of(answers[0], answers[1], answers[2], answers[3]);
                throw new AssertionError("accepted bytes without the fixed bits");
            } catch (IllegalArgumentException expected) {
                assertTrue(expected.getMessage().contains("fixed bits"));
            }
        }
    }
}
