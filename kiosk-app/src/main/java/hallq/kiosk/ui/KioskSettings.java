package hallq.kiosk.ui;

import java.time.Duration;

/**
 * Kiosk timings: back to the home screen after {@code idleTimeout} without a touch, and
 * {@code resultHold} after a ticket was printed.
 */
public record KioskSettings(Duration idleTimeout, Duration resultHold) {
    public static KioskSettings defaults() {
        return new KioskSettings(Duration.ofSeconds(45), Duration.ofSeconds(10));
    }
}
