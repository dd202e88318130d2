package hallq.devices.frame;

/** The result of decoding: a value, or a {@link DecodeError}. Decoders return, never throw. */
public sealed interface Decoded<T> {

    record Value<T>(T value) implements Decoded<T> {
    }

    record Failure<T>(DecodeError error) implements Decoded<T> {
    }

    static <T> Decoded<T> value(T value) {
        return new Value<>(value);
    }

    static <T> Decoded<T> failure(String message) {
        return new Failure<>(new DecodeError(message));
    }
}
