package hallq.kiosk.ui;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Set;

/**
 * Kiosk timings: back to the home screen after {@code idleTimeout} without a touch,
 * {@code resultHold} after a ticket was printed, and {@code failedHold} on the screen of a ticket
 * that did not print (time to photograph it; the ticket stays valid when it runs out).
 * {@code zone} is the hall's time zone (the header clock); {@code idCardServices} the services
 * for which the kiosk asks for the ID card (those with a per-person cap, when a reader is fitted).
 */
public record KioskSettings(Duration idleTimeout, Duration resultHold, Duration failedHold, ZoneId zone,
                            Set<String> idCardServices) {
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    public KioskSettings {
        idCardServices = Set.copyOf(idCardServices);
    }

    public KioskSettings(Duration idleTimeout, Duration resultHold, Duration failedHold) {
        this(idleTimeout, resultHold, failedHold, CHINA, Set.of());
    }

    public static KioskSettings defaults() {
        return new KioskSettings(Duration.ofSeconds(45), Duration.ofSeconds(10), Duration.ofSeconds(120));
    }

    public KioskSettings forHall(ZoneId hallZone, Set<String> askForCard) {
        return new KioskSettings(idleTimeout, resultHold, failedHold, hallZone, askForCard);
    }

    /** How long the screen may stay untouched before the kiosk goes home. */
    Duration hold(Screen screen) {
        return switch (screen) {
            case PRINTED, GIVEN_UP -> resultHold;
            case PRINT_FAILED, CONFIRM_GIVE_UP -> failedHold;
            default -> idleTimeout;
        };
    }
}
