package hallq.sim.demo;

import hallq.protocol.Priority;

/**
 * A citizen of the demo crowd on the way to a kiosk; {@code card} is the ID card they put on the
 * kiosk's reader (null: they take a number without one), {@code tries} counts kiosks already tried,
 * {@code leftKiosk} is the one that could not serve them (null at first).
 */
record Visitor(int id, String serviceId, Priority priority, IdCard card, int tries, String leftKiosk) {
    Visitor triedAt(String kiosk) {
        return new Visitor(id, serviceId, priority, card, tries + 1, kiosk);
    }
}
