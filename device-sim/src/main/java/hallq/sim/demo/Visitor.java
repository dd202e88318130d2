package hallq.sim.demo;

import hallq.protocol.Priority;
import java.util.function.Consumer;

/**
 * A citizen of the demo crowd on the way to a kiosk; {@code card} is the ID card they put on the
 * kiosk's reader (null: they take a number without one), {@code tries} counts kiosks already tried,
 * {@code leftKiosk} is the one that could not serve them (null at first). A citizen the demo follows
 * (the city demo's handover story) may {@code scan} a code at the kiosk instead of choosing {@code
 * serviceId} (a 收件通知书's QR code: the pickup ticket), and {@code told} hears the number of the
 * ticket they came away with, or null when they got none (null: nobody listens).
 */
record Visitor(int id, String serviceId, Priority priority, IdCard card, int tries, String leftKiosk, String scan,
               Consumer<String> told) {
    /** One of the crowd. */
    static Visitor of(int id, String serviceId, Priority priority, IdCard card) {
        return new Visitor(id, serviceId, priority, card, 0, null, null, null);
    }

    Visitor triedAt(String kiosk) {
        return new Visitor(id, serviceId, priority, card, tries + 1, kiosk, scan, told);
    }

    /** The citizen leaves the kiosks with {@code ticket} (null: without a ticket). */
    void leaves(String ticket) {
        if (told != null) {
            told.accept(ticket);
        }
    }
}
