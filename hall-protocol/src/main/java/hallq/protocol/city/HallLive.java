package hallq.protocol.city;

import hallq.protocol.rest.ServiceView;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * How a hall stands right now, sent with every batch (an empty batch included, every 10 s) for the
 * city overview: its business day, how many windows are open out of all, and each service's queue
 * as the hall's own boards show it (waiting, predicted wait, target); {@code idleWindows}: open
 * windows free for three minutes or more while a citizen they serve waits (the hall's own
 * IDLE_WHILE_WAITING finding), {@code waitingPastTarget}: citizens waiting longer than their
 * service's target; {@code publicUrl}: the hall's public web address (its {@code publicBaseUrl}),
 * for the citizens' city page to link to its booking page. No personal data.
 */
public record HallLive(Instant at, LocalDate businessDate, int openWindows, int windows, List<ServiceView> services,
                       int idleWindows, int waitingPastTarget, String publicUrl) {
    public HallLive {
        services = services == null ? List.of() : List.copyOf(services);
    }

    /** Figures without the two supervision counts and the address (a relay of an older hall sends none). */
    public HallLive(Instant at, LocalDate businessDate, int openWindows, int windows, List<ServiceView> services) {
        this(at, businessDate, openWindows, windows, services, 0, 0, null);
    }

    /** Figures without the hall's public address. */
    public HallLive(Instant at, LocalDate businessDate, int openWindows, int windows, List<ServiceView> services,
                    int idleWindows, int waitingPastTarget) {
        this(at, businessDate, openWindows, windows, services, idleWindows, waitingPastTarget, null);
    }
}
