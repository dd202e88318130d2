package hallq.devices.led;

import static org.junit.jupiter.api.Assertions.*;

import hallq.devices.Hex;
import hallq.devices.frame.Decoded;
import hallq.devices.frame.Frame;
import hallq.devices.frame.FrameDecoder;
import org.junit.jupiter.api.Test;

class LedFramesTest {

    @Test
    void encodeShow_ramPlay_givesExactBytes() {
        byte[] frame = LedFrames.encodeShow(5, LedMessage.red(0, "请A023号到5号窗口"), false);

        assertEquals("A5 05 10 00 14 00 01 00 C7 EB 41 30 32 33 BA C5 B5 BD 35 BA C5 B4 B0 BF DA 6B 6E 5A",
                Hex.of(frame));
    }

    @Test
    void encodeShow_store_usesFlashCommand() {
        var message = new LedMessage(0, LedMessage.Color.GREEN, LedMessage.Effect.SCROLL_LEFT, "5号窗口");

        assertEquals("A5 05 11 00 0A 00 02 01 35 BA C5 B4 B0 BF DA 0F 55 5A",
                Hex.of(LedFrames.encodeShow(5, message, true)));
    }

    @Test
    void encodeClearAndBrightness_giveExactBytes() {
        assertEquals("A5 05 12 00 00 A0 ED 5A", Hex.of(LedFrames.encodeClear(5)));
        assertEquals("A5 FF 13 00 01 08 34 C6 5A", Hex.of(LedFrames.encodeBrightness(0xFF, 8)));
    }

    @Test
    void decode_show_roundTripsChineseText() {
        var message = LedMessage.red(1, "请A023号到5号窗口");
        var frame = (Decoded.Value<Frame>) new FrameDecoder()
                .feed(LedFrames.encodeShow(7, message, false)).get(0);

        assertEquals(Decoded.value(new LedCommand.Show(7, message, false)), LedFrames.decode(frame.value()));
    }

    @Test
    void decode_unknownColour_isAnError() {
        Decoded<LedCommand> result = LedFrames.decode(new Frame(1, LedFrames.SHOW_RAM, Hex.bytes("00 09 00 41")));

        assertTrue(((Decoded.Failure<LedCommand>) result).error().message().contains("unknown colour 9"));
    }

    @Test
    void decode_unknownCommand_isAnError() {
        assertInstanceOf(Decoded.Failure.class, LedFrames.decode(new Frame(1, 0x7E, new byte[0])));
    }

    @Test
    void message_lineOutOfRange_isRefused() {
        assertThrows(IllegalArgumentException.class, () -> LedMessage.red(8, "x"));
    }
}
