package hallq.devices.led;

import hallq.devices.frame.Decoded;
import hallq.devices.frame.Frame;
import hallq.devices.frame.FrameCodec;
import java.nio.charset.Charset;
import java.util.Arrays;

/**
 * Controller → LED window board frames (one-way; boards do not answer). Address = board address
 * (1..254), 0xFF = every board on the bus.
 *
 * <pre>
 * 0x10 SHOW_RAM     line (0..7), colour (1 red, 2 green, 3 yellow), effect (0 static,
 *                   1 scroll left, 2 flash), text GB18030 — shown now, lost at power-off
 * 0x11 STORE_FLASH  same payload — written to flash and shown; survives power-off
 * 0x12 CLEAR        empty — drop the RAM text, show the stored text again
 * 0x13 BRIGHTNESS   level 1..16
 * </pre>
 *
 * Live calls always use SHOW_RAM: controller flash wears out after ~100k writes.
 */
public final class LedFrames {

    public static final Charset GB18030 = Charset.forName("GB18030");
    public static final int SHOW_RAM = 0x10;
    public static final int STORE_FLASH = 0x11;
    public static final int CLEAR = 0x12;
    public static final int BRIGHTNESS = 0x13;

    private LedFrames() {
    }

    public static byte[] encodeShow(int address, LedMessage message, boolean persistent) {
        byte[] text = message.text().getBytes(GB18030);
        byte[] payload = new byte[3 + text.length];
        payload[0] = (byte) message.line();
        payload[1] = (byte) message.color().code;
        payload[2] = (byte) message.effect().code;
        System.arraycopy(text, 0, payload, 3, text.length);
        return FrameCodec.encode(address, persistent ? STORE_FLASH : SHOW_RAM, payload);
    }

    public static byte[] encodeClear(int address) {
        return FrameCodec.encode(address, CLEAR, new byte[0]);
    }

    public static byte[] encodeBrightness(int address, int level) {
        if (level < 1 || level > 16) {
            throw new IllegalArgumentException("LED brightness " + level + " outside 1..16");
        }
        return FrameCodec.encode(address, BRIGHTNESS, new byte[] {(byte) level});
    }

    public static Decoded<LedCommand> decode(Frame frame) {
        byte[] p = frame.payload();
        int address = frame.address();
        try {
            switch (frame.command()) {
                case SHOW_RAM, STORE_FLASH -> {
                    if (p.length < 3) {
                        return Decoded.failure("LED show frame of " + p.length + " bytes lacks line/colour/effect");
                    }
                    LedMessage message = new LedMessage(p[0], color(p[1]), effect(p[2]),
                            new String(Arrays.copyOfRange(p, 3, p.length), GB18030));
                    return Decoded.value(new LedCommand.Show(address, message, frame.command() == STORE_FLASH));
                }
                case CLEAR -> {
                    return Decoded.value(new LedCommand.Clear(address));
                }
                case BRIGHTNESS -> {
                    if (p.length != 1 || p[0] < 1 || p[0] > 16) {
                        return Decoded.failure("LED brightness frame needs one byte 1..16");
                    }
                    return Decoded.value(new LedCommand.Brightness(address, p[0]));
                }
                default -> {
                    return Decoded.failure(String.format("unknown LED command 0x%02X", frame.command()));
                }
            }
        } catch (IllegalArgumentException e) {
            return Decoded.failure("bad LED frame: " + e.getMessage());
        }
    }

    private static LedMessage.Color color(int code) {
        for (LedMessage.Color c : LedMessage.Color.values()) {
            if (c.code == code) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown colour " + code);
    }

    private static LedMessage.Effect effect(int code) {
        for (LedMessage.Effect e : LedMessage.Effect.values()) {
            if (e.code == code) {
                return e;
            }
        }
        throw new IllegalArgumentException("unknown effect " + code);
    }
}
