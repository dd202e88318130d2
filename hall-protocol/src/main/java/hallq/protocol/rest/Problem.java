package hallq.protocol.rest;

/** Error body of every failed REST call: a stable code and a sentence that says what was wrong. */
public record Problem(int status, String code, String message) {
}
