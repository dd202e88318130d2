package hallq.protocol.rest;

/** Print a paper on the printer of window {@code window} (the clerk's own). */
public record PrintRequest(Integer window) {
}
