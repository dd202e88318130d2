package hallq.sim.printer;

import hallq.devices.printer.Alignment;
import hallq.devices.printer.QrErrorLevel;

/** One decoded piece of an ESC/POS stream, as a printer sees it. */
public sealed interface EscPosCommand {

    record Initialize() implements EscPosCommand {
    }

    record Align(Alignment alignment) implements EscPosCommand {
    }

    record Bold(boolean on) implements EscPosCommand {
    }

    record Size(int width, int height) implements EscPosCommand {
    }

    record ChineseMode(boolean on) implements EscPosCommand {
    }

    /** Printable bytes, not yet decoded (a character may be split across two Text pieces). */
    record Text(byte[] bytes) implements EscPosCommand {
    }

    record LineFeed() implements EscPosCommand {
    }

    record FeedLines(int lines) implements EscPosCommand {
    }

    record QrModel(int model) implements EscPosCommand {
    }

    record QrModuleSize(int dots) implements EscPosCommand {
    }

    record QrError(QrErrorLevel level) implements EscPosCommand {
    }

    record QrStore(byte[] data) implements EscPosCommand {
    }

    record QrPrint() implements EscPosCommand {
    }

    record Cut(boolean partial) implements EscPosCommand {
    }

    /** DLE EOT n, to be answered at once. */
    record StatusRequest(int n) implements EscPosCommand {
    }

    /** Bytes the decoder does not know; skipped, reported, never fatal. */
    record Unknown(String description) implements EscPosCommand {
    }
}
