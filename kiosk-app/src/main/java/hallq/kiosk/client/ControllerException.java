package hallq.kiosk.client;

import hallq.protocol.rest.Problem;

/**
 * A controller call failed. {@link #unreachable()} means no answer (connection refused, timeout,
 * garbled reply): the request may or may not have been carried out, so retry with the same
 * request id. Otherwise {@link #problem()} is the controller's answer and nothing changed.
 */
public final class ControllerException extends Exception {

    private final Problem problem;

    private ControllerException(String message, Problem problem, Throwable cause) {
        super(message, cause);
        this.problem = problem;
    }

    public static ControllerException unreachable(String what, Throwable cause) {
        return new ControllerException(what, null, cause);
    }

    public static ControllerException rejected(Problem problem) {
        return new ControllerException(problem.status() + " " + problem.code() + ": " + problem.message(), problem, null);
    }

    public boolean unreachable() {
        return problem == null;
    }

    /** The problem body, or null when the controller was not reached. */
    public Problem problem() {
        return problem;
    }
}
