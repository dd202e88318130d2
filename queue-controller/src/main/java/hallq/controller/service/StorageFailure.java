package hallq.controller.service;

/** The change could not be stored, so it was not made. The caller may retry. */
public class StorageFailure extends RuntimeException {
    public StorageFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
