package hallq.sim.demo;

import hallq.protocol.Priority;

/**
 * A citizen of the demo crowd on the way to a kiosk; {@code tries} counts kiosks already tried,
 * {@code leftKiosk} is the one that could not serve them (null at first).
 */
record Visitor(int id, String serviceId, Priority priority, int tries, String leftKiosk) {
    Visitor triedAt(String kiosk) {
        return new Visitor(id, serviceId, priority, tries + 1, kiosk);
    }
}
