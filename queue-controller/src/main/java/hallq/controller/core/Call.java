package hallq.controller.core;

/** A citizen called to a window: what boards show and the announcer says. */
public record Call(Ticket ticket, Window window, boolean recall) {
}
