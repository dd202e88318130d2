package hallq.protocol.mqtt;

/**
 * A 好差评 rating from an evaluator: score 1 (非常不满意) .. 5 (非常满意). {@code ticket} is the number
 * the evaluator was prompted with; without it the rating is for the window's last citizen.
 */
public record RatingMessage(String ticket, int score, String comment) {
    public static final String SCHEMA = "hallq.rating/1";

    /** The controller's answer on {@code evaluators/{n}/result}. */
    public record Result(String ticket, boolean ok, String message) {
        public static final String SCHEMA = "hallq.rating-result/1";
    }
}
