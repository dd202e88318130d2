package hallq.devices.keypad;

import static org.junit.jupiter.api.Assertions.*;

import hallq.devices.Hex;
import hallq.devices.frame.Decoded;
import hallq.devices.frame.Frame;
import hallq.devices.frame.FrameCodec;
import hallq.devices.frame.FrameDecoder;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KeypadFramesTest {

    @Test
    void encode_next_givesExactBytes() {
        assertEquals("A5 05 20 00 01 01 23 90 5A", Hex.of(KeypadFrames.encode(KeyPress.of(5, Key.NEXT))));
    }

    @Test
    void encode_callSpecific_carriesTicketNumber() {
        assertEquals("A5 05 20 00 05 01 41 30 32 33 4B 6B 5A",
                Hex.of(KeypadFrames.encode(KeyPress.callSpecific(5, "A023"))));
    }

    @Test
    void decode_everyKey_roundTrips() {
        for (Key key : Key.values()) {
            KeyPress press = KeyPress.of(12, key);
            assertEquals(Decoded.value(press), decodeBytes(KeypadFrames.encode(press)));
        }
    }

    @Test
    void decode_unknownKey_isAnError() {
        Decoded<KeyPress> result = KeypadFrames.decode(new Frame(5, KeypadFrames.KEY, new byte[] {0x7F}));

        assertEquals("keypad 5 sent unknown key 0x7F", ((Decoded.Failure<KeyPress>) result).error().message());
    }

    @Test
    void decode_ticketOnPause_isAnError() {
        assertInstanceOf(Decoded.Failure.class,
                KeypadFrames.decode(new Frame(5, KeypadFrames.KEY, Hex.bytes("05 41 31"))));
    }

    @Test
    void decode_broadcastAddress_isAnError() {
        assertInstanceOf(Decoded.Failure.class,
                KeypadFrames.decode(new Frame(FrameCodec.BROADCAST, KeypadFrames.KEY, new byte[] {1})));
    }

    @Test
    void keyPress_ticketOnRecall_isRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new KeyPress(1, Key.RECALL, Optional.of("A1")));
    }

    private static Decoded<KeyPress> decodeBytes(byte[] bytes) {
        var frame = (Decoded.Value<Frame>) new FrameDecoder().feed(bytes).get(0);
        return KeypadFrames.decode(frame.value());
    }
}
