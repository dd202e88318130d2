package hallq.kiosk.bench;

/**
 * Just enough of an ESC/POS reader for the bench's printer end: it walks the commands the kiosk
 * sends (those of hall-devices' EscPosWriter), so that bytes inside a QR payload or a GB18030
 * character are never taken for a command, and reports real-time status requests and cuts.
 */
final class EscPosStream {

    enum Event { NONE, STATUS_REQUEST, CUT }

    private static final int DLE = 0x10;
    private static final int ESC = 0x1B;
    private static final int FS = 0x1C;
    private static final int GS = 0x1D;

    private enum State { TEXT, DLE, DLE_EOT, ESC, ESC_ARG, GS, GS_ARG, GS_CUT, GS_CUT_FEED, GS_2D, GS_2D_PL, GS_2D_PH,
        GS_2D_DATA, FS }

    private State state = State.TEXT;
    private int pl;
    private int skip;
    private long jobBytes;

    /** Bytes of the current job since {@link #startJob()} (status requests not counted). */
    long jobBytes() {
        return jobBytes;
    }

    /** Feeds one byte; says whether it completed a status request (DLE EOT n) or a cut (GS V m [n]). */
    Event feed(int b) {
        jobBytes++;
        switch (state) {
            case TEXT -> state = switch (b) {
                case DLE -> State.DLE;
                case ESC -> State.ESC;
                case GS -> State.GS;
                case FS -> State.FS;
                default -> State.TEXT;
            };
            case DLE -> state = b == 0x04 ? State.DLE_EOT : State.TEXT;
            case DLE_EOT -> {
                state = State.TEXT;
                jobBytes -= 3;
                return Event.STATUS_REQUEST;
            }
            case ESC -> state = b == '@' ? State.TEXT : State.ESC_ARG;
            case ESC_ARG, GS_ARG, FS -> state = State.TEXT;
            case GS -> state = switch (b) {
                case 'V' -> State.GS_CUT;
                case '(' -> State.GS_2D;
                default -> State.GS_ARG;
            };
            case GS_CUT -> {
                if (b == 65 || b == 66) {
                    state = State.GS_CUT_FEED;
                } else {
                    return cut();
                }
            }
            case GS_CUT_FEED -> {
                return cut();
            }
            case GS_2D -> state = State.GS_2D_PL;
            case GS_2D_PL -> {
                pl = b;
                state = State.GS_2D_PH;
            }
            case GS_2D_PH -> {
                skip = pl + (b << 8);
                state = skip == 0 ? State.TEXT : State.GS_2D_DATA;
            }
            case GS_2D_DATA -> {
                if (--skip == 0) {
                    state = State.TEXT;
                }
            }
        }
        return Event.NONE;
    }

    private Event cut() {
        state = State.TEXT;
        return Event.CUT;
    }

    void startJob() {
        jobBytes = 0;
    }
}
