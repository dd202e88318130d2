package hallq.kiosk.ui;

import java.time.InstantSource;
import java.util.concurrent.Executor;

/** Where the view model gets time and runs slow work (controller calls, printing). */
public record KioskRuntime(InstantSource clock, Executor worker, KioskSettings settings) {
}
