package hallq.devices.idcard;

import hallq.devices.frame.Decoded;
import hallq.devices.frame.Frame;
import hallq.devices.frame.FrameCodec;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * ID card reader → host frames. Address = reader number (1..254).
 *
 * <pre>
 * 0x40 CARD     payload: name length L (1 byte) + name (GB18030, L bytes) + ID number (18 ASCII)
 * 0x41 REMOVED  payload: empty
 * </pre>
 */
public final class IdCardFrames {

    public static final int CARD = 0x40;
    public static final int REMOVED = 0x41;
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final int ID_LENGTH = 18;

    private IdCardFrames() {
    }

    public static byte[] encode(IdCardEvent event) {
        if (event instanceof IdCardEvent.CardRead read) {
            byte[] name = read.name().getBytes(GB18030);
            byte[] id = read.idNumber().value().getBytes(StandardCharsets.US_ASCII);
            byte[] payload = new byte[1 + name.length + id.length];
            payload[0] = (byte) name.length;
            System.arraycopy(name, 0, payload, 1, name.length);
            System.arraycopy(id, 0, payload, 1 + name.length, id.length);
            return FrameCodec.encode(read.reader(), CARD, payload);
        }
        return FrameCodec.encode(event.reader(), REMOVED, new byte[0]);
    }

    public static Decoded<IdCardEvent> decode(Frame frame) {
        int reader = frame.address();
        if (reader < 1 || reader > 254) {
            return Decoded.failure("ID card reader address " + reader + " outside 1..254");
        }
        byte[] p = frame.payload();
        if (frame.command() == REMOVED) {
            return p.length == 0 ? Decoded.value(new IdCardEvent.CardRemoved(reader))
                    : Decoded.failure("card-removed frame with a " + p.length + "-byte payload");
        }
        if (frame.command() != CARD) {
            return Decoded.failure(String.format("ID card reader %d sent unknown command 0x%02X", reader, frame.command()));
        }
        if (p.length < 1 || p.length != 1 + (p[0] & 0xFF) + ID_LENGTH) {
            return Decoded.failure("card frame of " + p.length + " bytes does not match its name length");
        }
        int nameLength = p[0] & 0xFF;
        String name = new String(p, 1, nameLength, GB18030);
        String id = new String(Arrays.copyOfRange(p, 1 + nameLength, p.length), StandardCharsets.US_ASCII);
        String problem = ResidentIdNumber.problem(id);
        if (problem != null) {
            return Decoded.failure("ID card reader " + reader + ": " + problem);
        }
        try {
            return Decoded.value(new IdCardEvent.CardRead(reader, name, new ResidentIdNumber(id)));
        } catch (IllegalArgumentException e) {
            return Decoded.failure("ID card reader " + reader + ": " + e.getMessage());
        }
    }
}
