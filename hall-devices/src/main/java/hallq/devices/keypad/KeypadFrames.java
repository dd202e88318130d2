package hallq.devices.keypad;

import hallq.devices.TicketNumbers;
import hallq.devices.frame.Decoded;
import hallq.devices.frame.Frame;
import hallq.devices.frame.FrameCodec;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Keypad → controller frames. Address = window number (1..254).
 *
 * <pre>
 * command 0x20 KEY   payload: key code (1 byte) [+ ticket number, ASCII, 1..12 bytes, NEXT only]
 * </pre>
 */
public final class KeypadFrames {

    public static final int KEY = 0x20;

    private KeypadFrames() {
    }

    public static byte[] encode(KeyPress press) {
        byte[] ticket = press.ticket().map(t -> t.getBytes(StandardCharsets.US_ASCII)).orElse(new byte[0]);
        byte[] payload = new byte[1 + ticket.length];
        payload[0] = (byte) press.key().code;
        System.arraycopy(ticket, 0, payload, 1, ticket.length);
        return FrameCodec.encode(press.window(), KEY, payload);
    }

    public static Decoded<KeyPress> decode(Frame frame) {
        if (frame.command() != KEY) {
            return Decoded.failure(String.format("keypad %d sent unknown command 0x%02X", frame.address(), frame.command()));
        }
        byte[] payload = frame.payload();
        if (payload.length == 0) {
            return Decoded.failure("keypad " + frame.address() + " sent a key frame without a key");
        }
        Key key = Key.ofCode(payload[0] & 0xFF);
        if (key == null) {
            return Decoded.failure(String.format("keypad %d sent unknown key 0x%02X", frame.address(), payload[0] & 0xFF));
        }
        if (frame.address() < 1 || frame.address() > 254) {
            return Decoded.failure("keypad address " + frame.address() + " is not a window number");
        }
        Optional<String> ticket = Optional.empty();
        if (payload.length > 1) {
            String text = new String(Arrays.copyOfRange(payload, 1, payload.length), StandardCharsets.US_ASCII);
            if (!TicketNumbers.isValid(text) || key != Key.NEXT) {
                return Decoded.failure("keypad " + frame.address() + " sent " + key + " with bad ticket '" + text + "'");
            }
            ticket = Optional.of(text);
        }
        return Decoded.value(new KeyPress(frame.address(), key, ticket));
    }
}
