package hallq.sim.demo;

import hallq.controller.service.QueueService;
import hallq.protocol.TicketStatus;
import hallq.protocol.WindowState;
import hallq.protocol.rest.ServiceView;
import hallq.protocol.rest.TicketView;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The demo day so far: tickets (issued by the controller, printed by the demo's kiosks, and what
 * became of the printed ones), waits from issue to first call, windows opened, and what the crowd
 * and the clerks did.
 *
 * @param statuses      printed tickets of the day by their status now ({@code null} key: unknown to the controller)
 * @param waitsMinutes  of the printed tickets already called, sorted
 */
public record DaySummary(ZonedDateTime hallTime, int issued, int printed, Map<TicketStatus, Integer> statuses,
                         int unknown, List<Double> waitsMinutes, int windowsOpenNow, int windowsSeenOpen,
                         int windowsTotal, int arrived, int gaveUp, int turnedAway, int served, int noShows,
                         int recalls, int transfers, int breaks, int ratings, int boardCalls) {

    static DaySummary of(Demo demo) {
        ZonedDateTime now = demo.clock().now();
        QueueService service = demo.host().controller().service();
        int issued = service.hall().services().stream().mapToInt(ServiceView::issuedToday).sum();
        List<TicketLedger.Entry> printed = demo.ledger().on(now.toLocalDate());
        Map<TicketStatus, Integer> statuses = new EnumMap<>(TicketStatus.class);
        List<Double> waits = new ArrayList<>();
        int unknown = 0;
        for (TicketLedger.Entry e : printed) {
            TicketView t;
            try {
                t = service.tickets().ticket(e.token(), false);
            } catch (RuntimeException notFound) {
                unknown++;
                continue;
            }
            statuses.merge(t.status(), 1, Integer::sum);
            if (t.calledAt() != null) {
                waits.add(Duration.between(t.issuedAt(), t.calledAt()).toSeconds() / 60.0);
            }
        }
        waits.sort(null);
        int openNow = (int) service.windows().list().stream().filter(w -> w.state() == WindowState.OPEN).count();
        ClerkStats c = demo.clerkStats();
        int turnedAway = demo.kiosks().stream().mapToInt(KioskStation::turnedAway).sum();
        return new DaySummary(now, issued, printed.size(), statuses, unknown, List.copyOf(waits), openNow,
                demo.board().windowsSeenOpen().size(), service.windows().list().size(), demo.crowd().arrived(),
                demo.crowd().gaveUp(), turnedAway, c.served.get(), c.noShows.get(), c.recalls.get(),
                c.transfers.get(), c.breaks.get(), c.ratings.get(), demo.board().calls().size());
    }

    double meanWait() {
        return waitsMinutes.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    double percentileWait(double p) {
        if (waitsMinutes.isEmpty()) {
            return 0;
        }
        return waitsMinutes.get(Math.min(waitsMinutes.size() - 1, (int) Math.ceil(p * waitsMinutes.size()) - 1));
    }

    int status(TicketStatus s) {
        return statuses.getOrDefault(s, 0);
    }

    /** A few lines for the console. */
    public String format() {
        return String.format(Locale.ROOT, """
                ---- %s, hall time %s ----
                tickets   issued %d, printed by the demo kiosks %d (waiting %d, called %d, serving %d, done %d, \
                no-show %d, voided %d)
                waits     %d called: mean %.1f min, p90 %.1f min, longest %.1f min
                windows   %d open now, %d opened today (of %d)
                crowd     %d arrived, %d gave up, %d turned away at a kiosk (closed or not accepting)
                clerks    %d served, %d no-shows, %d recalls, %d transfers, %d breaks, %d ratings
                boards    %d calls shown on the hall board
                """, "HallQ demo", hallTime.toLocalDateTime().withNano(0), issued, printed,
                status(TicketStatus.WAITING), status(TicketStatus.CALLED), status(TicketStatus.SERVING),
                status(TicketStatus.DONE), status(TicketStatus.NO_SHOW), status(TicketStatus.VOIDED),
                waitsMinutes.size(), meanWait(), percentileWait(0.9),
                waitsMinutes.isEmpty() ? 0 : waitsMinutes.get(waitsMinutes.size() - 1),
                windowsOpenNow, windowsSeenOpen, windowsTotal, arrived, gaveUp, turnedAway, served, noShows, recalls,
                transfers, breaks, ratings, boardCalls);
    }
}
