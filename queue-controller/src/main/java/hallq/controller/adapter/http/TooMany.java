package hallq.controller.adapter.http;

/** Thrown by a handler when a client asks too often: 429 with a problem body. */
final class TooMany extends RuntimeException {
    TooMany(String message) {
        super(message, null, false, false);
    }
}
