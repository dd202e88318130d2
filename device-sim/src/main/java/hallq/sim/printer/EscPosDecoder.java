package hallq.sim.printer;

import static hallq.devices.printer.EscPos.*;

import hallq.devices.printer.Alignment;
import hallq.devices.printer.QrErrorLevel;
import hallq.sim.printer.EscPosCommand.*;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Decodes the ESC/POS subset HallQ uses from a byte stream fed in chunks of any size. An
 * incomplete command waits for more bytes; an unknown ESC/FS/GS/DLE command is reported and its
 * two bytes skipped (a real printer would also misread any parameters that follow); unknown
 * control bytes are reported and skipped. Never throws on input.
 */
public final class EscPosDecoder {

    private static final int NEED_MORE = -1;
    private byte[] buffer = new byte[0];

    public List<EscPosCommand> feed(byte[] chunk) {
        byte[] b = Arrays.copyOf(buffer, buffer.length + chunk.length);
        System.arraycopy(chunk, 0, b, buffer.length, chunk.length);
        List<EscPosCommand> out = new ArrayList<>();
        int pos = 0;
        while (pos < b.length) {
            int used = next(b, pos, out);
            if (used == NEED_MORE) {
                break;
            }
            pos += used;
        }
        buffer = Arrays.copyOfRange(b, pos, b.length);
        return out;
    }

    private int next(byte[] b, int p, List<EscPosCommand> out) {
        int c = b[p] & 0xFF;
        if (c >= 0x20) {
            int end = p;
            while (end < b.length && (b[end] & 0xFF) >= 0x20) {
                end++;
            }
            out.add(new Text(Arrays.copyOfRange(b, p, end)));
            return end - p;
        }
        switch (c) {
            case LF:
                out.add(new LineFeed());
                return 1;
            case ESC:
                return esc(b, p, out);
            case GS:
                return gs(b, p, out);
            case FS:
                if (b.length - p < 2) {
                    return NEED_MORE;
                }
                if (b[p + 1] == FS_CHINESE_ON || b[p + 1] == FS_CHINESE_OFF) {
                    out.add(new ChineseMode(b[p + 1] == FS_CHINESE_ON));
                } else {
                    out.add(unknown(b, p, 2));
                }
                return 2;
            case DLE:
                if (b.length - p < 3) {
                    return NEED_MORE;
                }
                if (b[p + 1] == EOT) {
                    out.add(new StatusRequest(b[p + 2] & 0xFF));
                    return 3;
                }
                out.add(unknown(b, p, 2));
                return 2;
            default:
                out.add(unknown(b, p, 1));
                return 1;
        }
    }

    private int esc(byte[] b, int p, List<EscPosCommand> out) {
        if (b.length - p < 2) {
            return NEED_MORE;
        }
        byte cmd = b[p + 1];
        if (cmd == ESC_INIT) {
            out.add(new Initialize());
            return 2;
        }
        if (cmd != ESC_ALIGN && cmd != ESC_BOLD && cmd != ESC_FEED_LINES) {
            out.add(unknown(b, p, 2));
            return 2;
        }
        if (b.length - p < 3) {
            return NEED_MORE;
        }
        int n = b[p + 2] & 0xFF;
        if (cmd == ESC_ALIGN) {
            out.add(n <= 2 || (n >= '0' && n <= '2') ? new Align(Alignment.ofCode(n)) : unknown(b, p, 3));
        } else if (cmd == ESC_BOLD) {
            out.add(new Bold((n & 1) == 1));
        } else {
            out.add(new FeedLines(n));
        }
        return 3;
    }

    private int gs(byte[] b, int p, List<EscPosCommand> out) {
        if (b.length - p < 3) {
            return NEED_MORE;
        }
        byte cmd = b[p + 1];
        int n = b[p + 2] & 0xFF;
        if (cmd == GS_SIZE) {
            out.add(new Size(((n >> 4) & 0x07) + 1, (n & 0x07) + 1));
            return 3;
        }
        if (cmd == GS_CUT) {
            if (n == 65 || n == 66) {
                if (b.length - p < 4) {
                    return NEED_MORE;
                }
                out.add(new Cut(n == 66));
                return 4;
            }
            out.add(n <= 1 || n == 48 || n == 49 ? new Cut(n == 1 || n == 49) : unknown(b, p, 3));
            return 3;
        }
        if (cmd == GS_2D) {
            return twoD(b, p, out);
        }
        out.add(unknown(b, p, 2));
        return 2;
    }

    /** GS ( k pL pH cn fn [params]; only cn 49 (QR) is understood. */
    private int twoD(byte[] b, int p, List<EscPosCommand> out) {
        if (b.length - p < 5) {
            return NEED_MORE;
        }
        int length = (b[p + 3] & 0xFF) | ((b[p + 4] & 0xFF) << 8);
        int total = 5 + length;
        if (b.length - p < total) {
            return NEED_MORE;
        }
        if (b[p + 2] != GS_2D_K || length < 2 || b[p + 5] != QR_CN) {
            out.add(unknown(b, p, total));
            return total;
        }
        int fn = b[p + 6] & 0xFF;
        byte[] params = Arrays.copyOfRange(b, p + 7, p + total);
        EscPosCommand command = switch (fn) {
            case QR_FN_MODEL -> params.length == 2 ? new QrModel(params[0] - 48) : null;
            case QR_FN_SIZE -> params.length == 1 ? new QrModuleSize(params[0] & 0xFF) : null;
            case QR_FN_ERROR -> params.length == 1 && params[0] >= 48 && params[0] <= 51
                    ? new QrError(QrErrorLevel.ofCode(params[0])) : null;
            case QR_FN_STORE -> params.length >= 1 && params[0] == 48
                    ? new QrStore(Arrays.copyOfRange(params, 1, params.length)) : null;
            case QR_FN_PRINT -> new QrPrint();
            default -> null;
        };
        out.add(command != null ? command : unknown(b, p, total));
        return total;
    }

    private static Unknown unknown(byte[] b, int p, int length) {
        StringBuilder hex = new StringBuilder();
        for (int i = p; i < Math.min(b.length, p + Math.min(length, 8)); i++) {
            hex.append(String.format("%02X ", b[i] & 0xFF));
        }
        return new Unknown("unknown command " + hex.toString().trim() + (length > 8 ? " …" : ""));
    }
}
