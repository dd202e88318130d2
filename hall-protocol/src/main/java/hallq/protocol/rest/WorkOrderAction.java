package hallq.protocol.rest;

/**
 * A step on a work order: {@code text} is the handler (accept), the reason (return, extend), a note
 * (redispatch) or what was done (finish); {@code days} for extend.
 */
public record WorkOrderAction(String text, Integer days) {
}
