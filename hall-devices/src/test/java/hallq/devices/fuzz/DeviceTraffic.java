package hallq.devices.fuzz;

import hallq.devices.evaluator.EvaluatorFrames;
import hallq.devices.evaluator.Rating;
import hallq.devices.evaluator.Score;
import hallq.devices.frame.Decoded;
import hallq.devices.frame.Frame;
import hallq.devices.frame.FrameCodec;
import hallq.devices.idcard.IdCardEvent;
import hallq.devices.idcard.IdCardFrames;
import hallq.devices.idcard.ResidentIdNumber;
import hallq.devices.keypad.Key;
import hallq.devices.keypad.KeyPress;
import hallq.devices.keypad.KeypadFrames;
import hallq.devices.led.LedCommand;
import hallq.devices.led.LedFrames;
import hallq.devices.led.LedMessage;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.LongStream;

/**
 * Random serial traffic for the fuzz tests, reproducible from a seed: valid frames of every device
 * that speaks the HallQ frame, and the line noise a real bus produces between them (random bytes,
 * start bytes, truncated frames, frames with a flipped bit, oversize and lying headers).
 */
public final class DeviceTraffic {
    /** Base seed of every fuzz test; {@code -Dfuzz.seed=N} explores others, {@code -Dfuzz.tries=N} scales them. */
    public static final long SEED = Long.getLong("fuzz.seed", 20_261_123L);

    /** What travels on one line: each kind has its own decoder, as each serial port has one device. */
    public enum Kind {
        LED(LedFrames::decode), KEYPAD(KeypadFrames::decode), EVALUATOR(EvaluatorFrames::decodeRating),
        EVALUATOR_PROMPT(EvaluatorFrames::decodePrompt), ID_CARD(IdCardFrames::decode);

        public final Function<Frame, Decoded<?>> codec;

        Kind(Function<Frame, Decoded<?>> codec) {
            this.codec = codec;
        }
    }

    /** A valid event and its bytes on the wire. */
    public record Message(Object event, byte[] bytes) {
    }

    private static final String CJK = "请到号窗口张三李四王芳欧阳娜娜户籍社保医保税务不动产登记出件咨询办不成事反映评价满意";

    private DeviceTraffic() {
    }

    /** {@code count} seeds derived from the base seed; scaled by {@code -Dfuzz.tries}. */
    public static LongStream seeds(int count) {
        int n = Integer.getInteger("fuzz.tries", count);
        return LongStream.range(0, n).map(i -> SEED * 31 + i);
    }

    public static Message valid(Kind kind, Random r) {
        return switch (kind) {
            case LED -> led(r);
            case KEYPAD -> {
                KeyPress press = r.nextInt(4) == 0 ? KeyPress.callSpecific(window(r), ticket(r))
                        : KeyPress.of(window(r), Key.values()[r.nextInt(Key.values().length)]);
                yield new Message(press, KeypadFrames.encode(press));
            }
            case EVALUATOR -> {
                Rating rating = new Rating(window(r), ticket(r), Score.values()[r.nextInt(5)]);
                yield new Message(rating, EvaluatorFrames.encodeRating(rating));
            }
            case EVALUATOR_PROMPT -> {
                int window = window(r);
                String ticket = ticket(r);
                yield new Message(new EvaluatorFrames.Prompt(window, ticket), EvaluatorFrames.encodePrompt(window, ticket));
            }
            case ID_CARD -> {
                IdCardEvent e = r.nextInt(3) == 0 ? new IdCardEvent.CardRemoved(window(r))
                        : new IdCardEvent.CardRead(window(r), text(r, 1 + r.nextInt(12), false), idNumber(r));
                yield new Message(e, IdCardFrames.encode(e));
            }
        };
    }

    private static Message led(Random r) {
        int address = 1 + r.nextInt(255);
        LedCommand c = switch (r.nextInt(4)) {
            case 0 -> new LedCommand.Clear(address);
            case 1 -> new LedCommand.Brightness(address, 1 + r.nextInt(16));
            default -> new LedCommand.Show(address, new LedMessage(r.nextInt(8),
                    LedMessage.Color.values()[r.nextInt(3)], LedMessage.Effect.values()[r.nextInt(3)],
                    text(r, r.nextInt(60), true)), r.nextBoolean());
        };
        byte[] bytes = c instanceof LedCommand.Show s ? LedFrames.encodeShow(address, s.message(), s.persistent())
                : c instanceof LedCommand.Brightness b ? LedFrames.encodeBrightness(address, b.level())
                : LedFrames.encodeClear(address);
        return new Message(c, bytes);
    }

    /** Printable text: ASCII, Chinese, full-width forms and, if allowed, characters outside the BMP. */
    public static String text(Random r, int length, boolean astral) {
        StringBuilder b = new StringBuilder();
        while (b.length() < length) {
            switch (r.nextInt(astral ? 5 : 4)) {
                case 0 -> b.append((char) (0x21 + r.nextInt(0x5E)));
                case 1 -> b.append(CJK.charAt(r.nextInt(CJK.length())));
                case 2 -> b.append((char) (0x4E00 + r.nextInt(0x9FA5 - 0x4E00)));
                case 3 -> b.append((char) (0xFF01 + r.nextInt(0x5E)));
                default -> b.appendCodePoint(0x1F300 + r.nextInt(0x200));
            }
        }
        return b.toString();
    }

    public static String ticket(Random r) {
        return (char) ('A' + r.nextInt(26)) + String.format("%03d", r.nextInt(1000));
    }

    private static int window(Random r) {
        return 1 + r.nextInt(254);
    }

    /** A valid GB 11643 number with a random region, birth date and sequence. */
    public static ResidentIdNumber idNumber(Random r) {
        String first = String.format("%06d%04d%02d%02d%03d", 110000 + r.nextInt(540000), 1930 + r.nextInt(90),
                1 + r.nextInt(12), 1 + r.nextInt(28), r.nextInt(1000));
        return new ResidentIdNumber(first + ResidentIdNumber.checkCharacter(first));
    }

    /** Line noise; {@code near} is a valid frame to damage (truncate, flip a bit, break its end byte). */
    public static byte[] noise(Random r, byte[] near) {
        return switch (r.nextInt(7)) {
            case 0 -> random(r, 1 + r.nextInt(40));
            case 1 -> startBytes(r);
            case 2 -> Arrays.copyOf(near, 1 + r.nextInt(near.length - 1));
            case 3 -> flipOneBit(r, near);
            case 4 -> {
                byte[] b = near.clone();
                b[b.length - 1] = (byte) (FrameCodec.EOF ^ (1 + r.nextInt(255)));
                yield b;
            }
            case 5 -> new byte[] {(byte) FrameCodec.SOF, (byte) r.nextInt(256), (byte) r.nextInt(256),
                    (byte) (0x04 + r.nextInt(0xFB)), (byte) r.nextInt(256)};
            default -> {
                // a header that promises a short payload the line never delivers, then random bytes
                byte[] b = random(r, 5 + r.nextInt(30));
                b[0] = (byte) FrameCodec.SOF;
                b[3] = 0;
                b[4] = (byte) r.nextInt(40);
                yield b;
            }
        };
    }

    private static byte[] random(Random r, int n) {
        byte[] b = new byte[n];
        r.nextBytes(b);
        return b;
    }

    private static byte[] startBytes(Random r) {
        byte[] b = random(r, 1 + r.nextInt(20));
        for (int i = 0; i < b.length; i += 1 + r.nextInt(3)) {
            b[i] = (byte) FrameCodec.SOF;
        }
        return b;
    }

    /** A copy with one bit changed inside the bytes the CRC covers, or in the CRC itself. */
    private static byte[] flipOneBit(Random r, byte[] frame) {
        byte[] b = frame.clone();
        int at = 1 + r.nextInt(b.length - 2);
        b[at] ^= (byte) (1 << r.nextInt(8));
        return b;
    }

    /**
     * Enough bytes without a start byte to settle any candidate the noise left open (a header can
     * promise up to {@link Frame#MAX_PAYLOAD} bytes), so every frame before it is decided.
     */
    public static byte[] settle() {
        return new byte[FrameCodec.OVERHEAD + Frame.MAX_PAYLOAD];
    }

    /** {@code count} valid messages of {@code kind}, each preceded by noise half of the time. */
    public static Line line(Kind kind, Random r, int count) {
        List<Object> events = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int noiseBytes = 0;
        for (int i = 0; i < count; i++) {
            Message m = valid(kind, r);
            for (int k = r.nextInt(3); k > 0; k--) {
                byte[] n = noise(r, m.bytes());
                noiseBytes += n.length;
                out.writeBytes(n);
            }
            out.writeBytes(m.bytes());
            events.add(m.event());
        }
        out.writeBytes(settle());
        return new Line(List.copyOf(events), out.toByteArray(), noiseBytes);
    }

    /** The bytes of a line and the valid events hidden in them, in order. */
    public record Line(List<Object> events, byte[] bytes, int noiseBytes) {
        /** The bytes cut at random places, as a UART hands them over. */
        public List<byte[]> chunks(Random r) {
            List<byte[]> chunks = new ArrayList<>();
            for (int pos = 0; pos < bytes.length; ) {
                int n = Math.min(bytes.length - pos, 1 + r.nextInt(r.nextBoolean() ? 8 : 300));
                chunks.add(Arrays.copyOfRange(bytes, pos, pos + n));
                pos += n;
            }
            return chunks;
        }
    }

    /** True if {@code expected} occurs in {@code actual} in order (extra elements allowed). */
    public static boolean inOrder(List<?> expected, List<?> actual) {
        int i = 0;
        for (Object a : actual) {
            if (i < expected.size() && expected.get(i).equals(a)) {
                i++;
            }
        }
        return i == expected.size();
    }

    static Optional<Object> valueOf(Decoded<?> d) {
        return d instanceof Decoded.Value<?> v ? Optional.of(v.value()) : Optional.empty();
    }
}
