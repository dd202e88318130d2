package hallq.protocol.rest;

/** What a window action did: the window afterwards and the ticket it acted on, if any. */
public record WindowActionResult(WindowView window, TicketView ticket) {
}
