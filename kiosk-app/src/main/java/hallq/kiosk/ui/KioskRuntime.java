package hallq.kiosk.ui;

import java.time.InstantSource;
import java.util.concurrent.Executor;

/**
 * Where the view model gets time and runs slow work: controller calls and printing on
 * {@code worker}, look-ups that must not hold up a ticket (the card holder's day) on {@code lookups}.
 */
public record KioskRuntime(InstantSource clock, Executor worker, KioskSettings settings, Executor lookups) {

    /** Look-ups on the same worker (tests, renders, the bench: a worker that runs tasks at once). */
    public KioskRuntime(InstantSource clock, Executor worker, KioskSettings settings) {
        this(clock, worker, settings, worker);
    }
}
