package hallq.protocol.mqtt;

/** A 好差评 rating from an evaluator: score 1 (非常不满意) .. 5 (非常满意). */
public record RatingMessage(String ticket, int score, String comment) {
    public static final String SCHEMA = "hallq.rating/1";
}
