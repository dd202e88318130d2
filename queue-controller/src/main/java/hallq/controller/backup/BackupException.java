package hallq.controller.backup;

/** A backup or restore that cannot go on; the message is one line for the person at the terminal. */
public final class BackupException extends Exception {
    public BackupException(String message) {
        super(message);
    }

    public BackupException(String message, Throwable cause) {
        super(message, cause);
    }
}
