package hallq.protocol.mqtt;

/** Asks the window's evaluator (评价器) to collect a rating for a ticket just served. */
public record EvaluatorPrompt(String ticket, int window, String serviceName) {
    public static final String SCHEMA = "hallq.evaluator-prompt/1";
}
