package hallq.protocol.mqtt;

/**
 * A key pressed on a caller keypad (呼叫器) or a software caller: NEXT, RECALL, NO_SHOW, COMPLETE,
 * START, PAUSE, RESUME, or CALL with {@code ticket}. {@code requestId} lets a retried command act once.
 */
public record CallerCommand(String cmd, String ticket, String requestId) {
    public static final String SCHEMA = "hallq.caller-cmd/1";
}
