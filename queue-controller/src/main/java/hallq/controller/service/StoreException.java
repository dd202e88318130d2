package hallq.controller.service;

/** The store could not read or write. Of a write that failed, nothing was kept. */
public final class StoreException extends Exception {
    public StoreException(Throwable cause) {
        super(cause.getMessage(), cause);
    }

    /** {@code message} says what could not be done and why. */
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
