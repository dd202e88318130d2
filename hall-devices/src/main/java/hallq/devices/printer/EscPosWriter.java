package hallq.devices.printer;

import static hallq.devices.printer.EscPos.*;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Writes ESC/POS commands to any byte sink (escpos-coffee style). Text is encoded in GB18030,
 * which Chinese printers expect once FS &amp; has switched them to Chinese mode; GB18030 never
 * produces a byte below 0x20, so text can never be mistaken for a command.
 */
public final class EscPosWriter {

    public static final Charset GB18030 = Charset.forName("GB18030");
    /** GS ( k store can carry at most this many data bytes (QR version 40, level L). */
    public static final int MAX_QR_BYTES = 7089;

    private final OutputStream out;

    public EscPosWriter(OutputStream out) {
        this.out = out;
    }

    public EscPosWriter initialize() throws IOException {
        return bytes(ESC, ESC_INIT);
    }

    public EscPosWriter align(Alignment alignment) throws IOException {
        return bytes(ESC, ESC_ALIGN, (byte) alignment.code);
    }

    public EscPosWriter bold(boolean on) throws IOException {
        return bytes(ESC, ESC_BOLD, (byte) (on ? 1 : 0));
    }

    /** GS ! with width and height multipliers 1..8. */
    public EscPosWriter size(int width, int height) throws IOException {
        if (width < 1 || width > 8 || height < 1 || height > 8) {
            throw new IllegalArgumentException("character size " + width + "x" + height + " outside 1..8");
        }
        return bytes(GS, GS_SIZE, (byte) (((width - 1) << 4) | (height - 1)));
    }

    public EscPosWriter doubleSize(boolean on) throws IOException {
        return on ? size(2, 2) : size(1, 1);
    }

    public EscPosWriter chineseMode(boolean on) throws IOException {
        return bytes(FS, on ? FS_CHINESE_ON : FS_CHINESE_OFF);
    }

    /** Text without a line feed; control characters are refused. */
    public EscPosWriter text(String text) throws IOException {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isISOControl(text.charAt(i))) {
                throw new IllegalArgumentException("control character U+"
                        + Integer.toHexString(text.charAt(i)) + " in printer text");
            }
        }
        out.write(text.getBytes(GB18030));
        return this;
    }

    public EscPosWriter line(String text) throws IOException {
        return text(text).newline();
    }

    public EscPosWriter newline() throws IOException {
        return bytes(LF);
    }

    /** ESC d n: print and feed n lines (0..255). */
    public EscPosWriter feed(int lines) throws IOException {
        if (lines < 0 || lines > 255) {
            throw new IllegalArgumentException("feed " + lines + " lines outside 0..255");
        }
        return bytes(ESC, ESC_FEED_LINES, (byte) lines);
    }

    /**
     * A printer-native QR code (model 2) via GS ( k: select model, module size (1..16 dots),
     * error level, store the data, print it. The printer draws the symbol; no raster is sent.
     */
    public EscPosWriter qrCode(String data, int moduleSize, QrErrorLevel level) throws IOException {
        byte[] payload = data.getBytes(StandardCharsets.UTF_8);
        if (payload.length == 0 || payload.length > MAX_QR_BYTES) {
            throw new IllegalArgumentException("QR data of " + payload.length + " bytes outside 1.." + MAX_QR_BYTES);
        }
        if (moduleSize < 1 || moduleSize > 16) {
            throw new IllegalArgumentException("QR module size " + moduleSize + " outside 1..16");
        }
        qrFunction(QR_FN_MODEL, QR_MODEL_2, (byte) 0);
        qrFunction(QR_FN_SIZE, (byte) moduleSize);
        qrFunction(QR_FN_ERROR, (byte) level.code);
        int length = payload.length + 3;
        bytes(GS, GS_2D, GS_2D_K, (byte) (length & 0xFF), (byte) (length >> 8), QR_CN, QR_FN_STORE, (byte) 48);
        out.write(payload);
        return qrFunction(QR_FN_PRINT, (byte) 48);
    }

    public EscPosWriter cut(CutMode mode) throws IOException {
        return bytes(GS, GS_CUT, (byte) mode.code);
    }

    /** DLE EOT n, answered by the printer at once with one status byte, even mid-job. */
    public EscPosWriter statusRequest(StatusRequest request) throws IOException {
        return bytes(DLE, EOT, (byte) request.n);
    }

    public void flush() throws IOException {
        out.flush();
    }

    private EscPosWriter qrFunction(byte fn, byte... params) throws IOException {
        int length = params.length + 2;
        bytes(GS, GS_2D, GS_2D_K, (byte) length, (byte) 0, QR_CN, fn);
        out.write(params);
        return this;
    }

    private EscPosWriter bytes(byte... bytes) throws IOException {
        out.write(bytes);
        return this;
    }
}
