package hallq.protocol.mqtt;

/**
 * A key pressed on a caller keypad (呼叫器) or a software caller: NEXT, RECALL, NO_SHOW, COMPLETE,
 * START, PAUSE, RESUME, or CALL with {@code ticket}. {@code requestId} lets a retried command act once.
 */
public record CallerCommand(String cmd, String ticket, String requestId) {
    public static final String SCHEMA = "hallq.caller-cmd/1";

    /** The answer on {@code callers/{window}/result}: ok, the ticket now at the window, or the error. */
    public record Result(String requestId, String cmd, boolean ok, String ticket, String message) {
        public static final String SCHEMA = "hallq.caller-result/1";
    }
}
