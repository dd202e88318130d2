package hallq.kiosk.ui;

import java.time.Duration;

/**
 * Kiosk timings: back to the home screen after {@code idleTimeout} without a touch,
 * {@code resultHold} after a ticket was printed, and {@code failedHold} on the screen of a ticket
 * that did not print (time to photograph it; the ticket stays valid when it runs out).
 */
public record KioskSettings(Duration idleTimeout, Duration resultHold, Duration failedHold) {
    public static KioskSettings defaults() {
        return new KioskSettings(Duration.ofSeconds(45), Duration.ofSeconds(10), Duration.ofSeconds(120));
    }
}
