package hallq.devices.printer;

/**
 * The ESC/POS command bytes this project uses (Epson ESC/POS command reference). Shared by the
 * encoder and by anything that decodes the stream, so the two can never drift apart.
 */
public final class EscPos {

    public static final byte LF = 0x0A;
    public static final byte DLE = 0x10;
    public static final byte EOT = 0x04;
    public static final byte ESC = 0x1B;
    public static final byte FS = 0x1C;
    public static final byte GS = 0x1D;

    /** ESC @ — initialise. */
    public static final byte ESC_INIT = '@';
    /** ESC a n — justification, n = 0 left, 1 centre, 2 right. */
    public static final byte ESC_ALIGN = 'a';
    /** ESC E n — emphasised (bold) on when bit 0 of n is set. */
    public static final byte ESC_BOLD = 'E';
    /** ESC d n — print and feed n lines. */
    public static final byte ESC_FEED_LINES = 'd';
    /** GS ! n — character size: bits 4-6 width multiplier - 1, bits 0-2 height multiplier - 1. */
    public static final byte GS_SIZE = '!';
    /** GS V m — cut: m = 0/48 full, 1/49 partial; m = 65/66 feed n then full/partial. */
    public static final byte GS_CUT = 'V';
    /** GS ( k — 2D code (QR) functions. */
    public static final byte GS_2D = '(';
    public static final byte GS_2D_K = 'k';
    /** FS &amp; — enter Chinese (double-byte) character mode; FS . leaves it. */
    public static final byte FS_CHINESE_ON = '&';
    public static final byte FS_CHINESE_OFF = '.';

    /** QR code symbol type (cn) in GS ( k. */
    public static final byte QR_CN = 49;
    /** fn 65: select model; fn 67: module size; fn 69: error level; fn 80: store; fn 81: print. */
    public static final byte QR_FN_MODEL = 65;
    public static final byte QR_FN_SIZE = 67;
    public static final byte QR_FN_ERROR = 69;
    public static final byte QR_FN_STORE = 80;
    public static final byte QR_FN_PRINT = 81;
    /** Model 2, the one every current printer supports. */
    public static final byte QR_MODEL_2 = 50;

    private EscPos() {
    }
}
