package hallq.protocol.rest;

/** A 好差评 rating from the citizen's page: score 1 (非常不满意) … 5 (非常满意), optional comment. */
public record RatingRequest(Integer score, String comment) {
}
