package hallq.controller.core;

/** The result of a command: accepted with its change, or rejected with a reason people can read. */
public sealed interface Outcome<T> {
    record Accepted<T>(T value, Change change) implements Outcome<T> {
    }

    record Rejected<T>(Reason reason, String message) implements Outcome<T> {
    }

    enum Reason {
        /** No such service, window or ticket. */
        NOT_FOUND,
        /** Well-formed but not possible in the current state (e.g. complete a ticket never called). */
        CONFLICT,
        /** Malformed input. */
        INVALID,
        /** A service's daily cap or a slot's quota is reached. */
        LIMIT,
        /** This person's own cap is reached (tickets a day for a service, appointments held). */
        PERSON_LIMIT,
        /** Outside opening hours. */
        CLOSED,
        /** An appointment's check-in is not open yet. */
        TOO_EARLY,
        /** An appointment's check-in has closed: take an on-site ticket. */
        TOO_LATE
    }

    static <T> Outcome<T> accepted(T value, Change change) {
        return new Accepted<>(value, change);
    }

    static <T> Outcome<T> rejected(Reason reason, String message) {
        return new Rejected<>(reason, message);
    }
}
