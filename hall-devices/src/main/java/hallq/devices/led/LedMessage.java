package hallq.devices.led;

import java.util.Objects;

/**
 * Text for one line of an LED window board, e.g. "请 A023 号到 5 号窗口".
 *
 * @param line 0-based line (area) on the board, 0..7
 */
public record LedMessage(int line, Color color, Effect effect, String text) {

    /** GB18030 bytes allowed in one message. */
    public static final int MAX_TEXT_BYTES = 1000;

    public enum Color {
        RED(1), GREEN(2), YELLOW(3);

        public final int code;

        Color(int code) {
            this.code = code;
        }
    }

    public enum Effect {
        STATIC(0), SCROLL_LEFT(1), FLASH(2);

        public final int code;

        Effect(int code) {
            this.code = code;
        }
    }

    public LedMessage {
        if (line < 0 || line > 7) {
            throw new IllegalArgumentException("LED line " + line + " outside 0..7");
        }
        Objects.requireNonNull(color, "color");
        Objects.requireNonNull(effect, "effect");
        Objects.requireNonNull(text, "text");
        if (text.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("LED text contains a control character");
        }
        if (text.getBytes(LedFrames.GB18030).length > MAX_TEXT_BYTES) {
            throw new IllegalArgumentException("LED text longer than " + MAX_TEXT_BYTES + " GB18030 bytes");
        }
    }

    public static LedMessage red(int line, String text) {
        return new LedMessage(line, Color.RED, Effect.STATIC, text);
    }
}
