package hallq.city.core;

/**
 * A request the hub refuses, with the HTTP status, a code and a message that says what was wrong;
 * nothing of it was stored.
 */
public final class HubProblem extends RuntimeException {
    private final int status;
    private final String code;

    public HubProblem(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public static HubProblem invalid(String message) {
        return new HubProblem(400, "INVALID", message);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
