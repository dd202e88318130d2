package hallq.devices.frame;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns a byte stream, in chunks of any size, into {@link Frame}s. Never throws on input:
 * garbage before a start byte, an oversize length, a missing end byte or a bad CRC each give one
 * {@link DecodeError}; after a bad candidate only its start byte is dropped and the search for
 * the next start byte resumes, so a good frame right behind garbage is still found.
 * Not thread-safe: feed it from one reading thread.
 */
public final class FrameDecoder {

    private byte[] buffer = new byte[0];

    public List<Decoded<Frame>> feed(byte[] chunk) {
        return feed(chunk, 0, chunk.length);
    }

    public List<Decoded<Frame>> feed(byte[] chunk, int offset, int length) {
        byte[] joined = Arrays.copyOf(buffer, buffer.length + length);
        System.arraycopy(chunk, offset, joined, buffer.length, length);
        List<Decoded<Frame>> results = new ArrayList<>();
        int pos = 0;
        while (pos < joined.length) {
            int start = indexOfSof(joined, pos);
            if (start != pos) {
                int end = start < 0 ? joined.length : start;
                results.add(Decoded.failure("skipped " + (end - pos) + " byte(s) before a start byte 0xA5"));
                pos = end;
                continue;
            }
            int available = joined.length - pos;
            if (available < FrameCodec.HEADER) {
                break;
            }
            int payloadLength = ((joined[pos + 3] & 0xFF) << 8) | (joined[pos + 4] & 0xFF);
            if (payloadLength > Frame.MAX_PAYLOAD) {
                results.add(Decoded.failure("frame length " + payloadLength + " exceeds " + Frame.MAX_PAYLOAD));
                pos++;
                continue;
            }
            if (available < FrameCodec.OVERHEAD + payloadLength) {
                break;
            }
            Decoded<Frame> candidate = check(joined, pos, payloadLength);
            results.add(candidate);
            pos += candidate instanceof Decoded.Value ? FrameCodec.OVERHEAD + payloadLength : 1;
        }
        buffer = Arrays.copyOfRange(joined, pos, joined.length);
        return results;
    }

    /** Bytes held back waiting for the rest of a frame. */
    public int pending() {
        return buffer.length;
    }

    private static Decoded<Frame> check(byte[] b, int pos, int n) {
        int crcAt = pos + FrameCodec.HEADER + n;
        if ((b[crcAt + 2] & 0xFF) != FrameCodec.EOF) {
            return Decoded.failure(String.format("no end byte 0x5A after a %d-byte payload (found 0x%02X)",
                    n, b[crcAt + 2] & 0xFF));
        }
        int expected = Crc16.modbus(b, pos + 1, FrameCodec.HEADER - 1 + n);
        int actual = (b[crcAt] & 0xFF) | ((b[crcAt + 1] & 0xFF) << 8);
        if (expected != actual) {
            return Decoded.failure(String.format("bad checksum: frame says 0x%04X, bytes give 0x%04X",
                    actual, expected));
        }
        byte[] payload = Arrays.copyOfRange(b, pos + FrameCodec.HEADER, crcAt);
        return Decoded.value(new Frame(b[pos + 1] & 0xFF, b[pos + 2] & 0xFF, payload));
    }

    private static int indexOfSof(byte[] b, int from) {
        for (int i = from; i < b.length; i++) {
            if ((b[i] & 0xFF) == FrameCodec.SOF) {
                return i;
            }
        }
        return -1;
    }
}
