package hallq.board.adapter.mqtt;

/** A message that is not a valid protocol envelope for its topic. */
public final class BadMessageException extends Exception {
    public BadMessageException(String message, Throwable cause) {
        super(message, cause);
    }

    public BadMessageException(String message) {
        super(message);
    }
}
