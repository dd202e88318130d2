package hallq.devices.frame;

import java.util.Objects;

/** Bytes that could not be turned into a frame or an event; the reading loop goes on. */
public record DecodeError(String message) {

    public DecodeError {
        Objects.requireNonNull(message, "message");
    }
}
