package hallq.protocol.mqtt;

/** An MQTT payload that is not the message expected: the message says what is wrong with it. */
public final class MalformedMessageException extends Exception {
    public MalformedMessageException(String message) {
        super(message);
    }

    public MalformedMessageException(String message, Throwable cause) {
        super(message, cause);
    }
}
