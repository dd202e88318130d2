package hallq.board.core;

/** Where a message came from and its place in the publisher's sequence: topic, epoch, seq. */
public record Stamp(String topic, String epoch, long seq) {
    public Stamp {
        if (topic == null || topic.isBlank()) {
            throw new IllegalArgumentException("a stamp needs a topic");
        }
        epoch = epoch == null ? "" : epoch;
    }
}
