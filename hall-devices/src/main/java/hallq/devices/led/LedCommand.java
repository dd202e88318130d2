package hallq.devices.led;

/** A command as an LED board receives it (decoded from {@link LedFrames}). */
public sealed interface LedCommand {

    int address();

    /** Show a message; {@code persistent} = stored in flash, otherwise RAM only. */
    record Show(int address, LedMessage message, boolean persistent) implements LedCommand {
    }

    /** Drop what RAM shows; the board falls back to its stored (flash) text. */
    record Clear(int address) implements LedCommand {
    }

    record Brightness(int address, int level) implements LedCommand {
    }
}
