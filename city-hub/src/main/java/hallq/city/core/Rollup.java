package hallq.city.core;

import hallq.protocol.city.CityEvent;
import hallq.protocol.city.CityFact;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a batch of one hall's events adds to the city's rollups (docs/city.md, "Rollups"): counts
 * per business day, local hour, service and window, and first-call waits by whole minute for
 * percentiles. Pure: the store upserts the sums in the same transaction as the events. The figures
 * follow the hall's own reports: a ticket's wait runs from issue to its first call, served means
 * completed, a service's time runs from start to completion, a window is busy from a call to the
 * ticket's end there (done, gone, passed on). A window's open time runs from OPENED
 * or RESUMED to PAUSED or CLOSED, split over the local hours it covers and counted on the business
 * day of its end, at most until the local midnight after it began (a window nobody closed at night
 * is not open all night); {@link #openSince()} carries the windows open at the batch's end to the next.
 */
public final class Rollup {
    private final String hallId;
    private final ZoneId zone;
    private final Map<Key, Counts> hours = new LinkedHashMap<>();
    private final Map<WaitKey, Integer> waits = new LinkedHashMap<>();
    private final Map<Integer, Instant> openSince;

    public Rollup(String hallId, ZoneId zone) {
        this(hallId, zone, Map.of());
    }

    /** {@code openSince}: the hall's windows open before this batch, and since when. */
    public Rollup(String hallId, ZoneId zone, Map<Integer, Instant> openSince) {
        this.hallId = hallId;
        this.zone = zone;
        this.openSince = new TreeMap<>(openSince);
    }

    /** The windows open after this batch, and since when. */
    public Map<Integer, Instant> openSince() {
        return Map.copyOf(openSince);
    }

    /** One row of {@code rollup_hour}: service "" and window 0 where the event has none. */
    public record Key(String hallId, LocalDate day, int hour, String serviceId, int window) {
    }

    /** One row of {@code rollup_day}: a key without its hour. */
    public record DayKey(String hallId, LocalDate day, String serviceId, int window) {
    }

    /** One row of {@code rollup_wait}. */
    public record WaitKey(String hallId, LocalDate day, String serviceId, int minute) {
    }

    /** The counters of one row; the store adds them to what the row holds. */
    public static final class Counts {
        public int issued;
        public int firstCalls;
        public long waitedMs;
        public int served;
        public long serviceMs;
        public int noShows;
        public int voided;
        public int transferred;
        public int ratings;
        public int ratingSum;
        public int badRatings;
        public int workOrders;
        public int workOrdersDone;
        public int workOrdersLate;
        public int notices;
        public int booked;
        public int checkedIn;
        public int appointmentNoShows;
        public long openMs;
        public long busyMs;
        /** Ratings by level: {@code byScore[0]} those of 1 (非常不满意) … {@code byScore[4]} of 5 (非常满意). */
        public final int[] byScore = new int[5];

        void add(Counts o) {
            issued += o.issued;
            firstCalls += o.firstCalls;
            waitedMs += o.waitedMs;
            served += o.served;
            serviceMs += o.serviceMs;
            noShows += o.noShows;
            voided += o.voided;
            transferred += o.transferred;
            ratings += o.ratings;
            ratingSum += o.ratingSum;
            badRatings += o.badRatings;
            workOrders += o.workOrders;
            workOrdersDone += o.workOrdersDone;
            workOrdersLate += o.workOrdersLate;
            notices += o.notices;
            booked += o.booked;
            checkedIn += o.checkedIn;
            appointmentNoShows += o.appointmentNoShows;
            openMs += o.openMs;
            busyMs += o.busyMs;
            for (int i = 0; i < byScore.length; i++) {
                byScore[i] += o.byScore[i];
            }
        }
    }

    public Map<Key, Counts> hours() {
        return hours;
    }

    /** The same counts summed over the hours of each day. */
    public Map<DayKey, Counts> days() {
        Map<DayKey, Counts> out = new LinkedHashMap<>();
        hours.forEach((k, n) -> out.computeIfAbsent(new DayKey(k.hallId(), k.day(), k.serviceId(), k.window()),
                d -> new Counts()).add(n));
        return out;
    }

    public Map<WaitKey, Integer> waits() {
        return waits;
    }

    public void add(CityEvent event) {
        LocalDate day = event.day();
        CityFact fact = event.fact();
        if (fact instanceof CityFact.TicketStep t) {
            ticket(day, event.at(), t);
        } else if (fact instanceof CityFact.RatingGiven r) {
            Counts c = at(day, event.at(), r.serviceId(), r.window());
            c.ratings++;
            c.ratingSum += r.score();
            c.badRatings += r.score() <= 2 ? 1 : 0;
            c.byScore[r.score() - 1]++; // 1 to 5: BatchCheck refuses any other
        } else if (fact instanceof CityFact.WorkOrderStep w) {
            Counts c = at(day, event.at(), w.serviceId(), w.window());
            switch (w.event()) {
                case "OPENED" -> c.workOrders++;
                case "FINISHED" -> c.workOrdersDone++;
                case "ACCEPT_OVERDUE", "FINISH_OVERDUE" -> c.workOrdersLate++;
                default -> {
                }
            }
        } else if (fact instanceof CityFact.NoticeRaised n) {
            at(day, event.at(), n.serviceId(), n.window() == null ? 0 : n.window()).notices++;
        } else if (fact instanceof CityFact.AppointmentStep a) {
            Counts c = counts(new Key(hallId, a.date(), a.slotStart().getHour(), nonNull(a.serviceId()), 0));
            switch (a.status()) {
                case "BOOKED" -> c.booked++;
                case "CHECKED_IN" -> c.checkedIn++;
                case "NO_SHOW" -> c.appointmentNoShows++;
                default -> {
                }
            }
        } else if (fact instanceof CityFact.WindowStep w) {
            window(day, event.at(), w);
        }
        // standby-decision steps are kept raw only
    }

    private void window(LocalDate day, Instant at, CityFact.WindowStep w) {
        switch (w.step()) {
            case "OPENED", "RESUMED" -> openSince.putIfAbsent(w.window(), at);
            case "PAUSED", "CLOSED" -> {
                Instant since = openSince.remove(w.window());
                if (since == null || !at.isAfter(since)) {
                    return;
                }
                Instant midnight = since.atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone).toInstant();
                Instant end = at.isBefore(midnight) ? at : midnight;
                for (Instant from = since; from.isBefore(end); ) {
                    Instant hourEnd = from.atZone(zone).truncatedTo(ChronoUnit.HOURS).plusHours(1).toInstant();
                    Instant to = hourEnd.isBefore(end) ? hourEnd : end;
                    at(day, from, "", w.window()).openMs += Duration.between(from, to).toMillis();
                    from = to;
                }
            }
            default -> {
            }
        }
    }

    private void ticket(LocalDate day, Instant at, CityFact.TicketStep t) {
        int window = t.window() == null ? 0 : t.window();
        switch (t.step()) {
            case "ISSUED" -> at(day, t.issuedAt(), t.serviceId(), 0).issued++;
            case "CALLED" -> {
                if (t.calls() == 1 && t.calledAt() != null && t.issuedAt() != null) {
                    long waited = Math.max(0, Duration.between(t.issuedAt(), t.calledAt()).toMillis());
                    Counts c = at(day, t.calledAt(), t.serviceId(), window);
                    c.firstCalls++;
                    c.waitedMs += waited;
                    waits.merge(new WaitKey(hallId, day, nonNull(t.serviceId()), (int) (waited / 60_000)), 1, Integer::sum);
                }
            }
            case "COMPLETED" -> {
                Counts c = at(day, at, t.serviceId(), window);
                c.served++;
                if (t.startedAt() != null && t.finishedAt() != null) {
                    c.serviceMs += Math.max(0, Duration.between(t.startedAt(), t.finishedAt()).toMillis());
                }
                c.busyMs += busy(t.calledAt(), t.finishedAt() != null ? t.finishedAt() : at);
            }
            case "NO_SHOW" -> {
                Counts c = at(day, at, t.serviceId(), window);
                c.noShows++;
                c.busyMs += busy(t.calledAt(), at);
            }
            case "VOIDED" -> at(day, at, t.serviceId(), window).voided++;
            case "TRANSFERRED" -> {
                Counts c = at(day, at, t.serviceId(), window);
                c.transferred++;
                c.busyMs += busy(t.calledAt(), at);
            }
            default -> {
            }
        }
    }

    /** A window's time with a citizen: from the call to the end, at most twelve hours (a ticket left called overnight). */
    private static long busy(Instant called, Instant end) {
        if (called == null || end == null) {
            return 0;
        }
        return Math.max(0, Math.min(Duration.ofHours(12).toMillis(), Duration.between(called, end).toMillis()));
    }

    private Counts at(LocalDate day, Instant at, String serviceId, int window) {
        return counts(new Key(hallId, day, at.atZone(zone).getHour(), nonNull(serviceId), window));
    }

    private Counts counts(Key key) {
        return hours.computeIfAbsent(key, k -> new Counts());
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
