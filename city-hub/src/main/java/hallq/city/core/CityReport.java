package hallq.city.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * A city report for a period (a day or a month): per hall, per level and for the whole city, per
 * service across the city and per window of each hall (docs/city.md, "Reports"). Pure: built from rollup sums and wait
 * buckets. {@code provisional} while some hall has not yet been heard from past the period's end
 * (its events may still arrive; they land in the day they happened).
 */
public record CityReport(LocalDate from, LocalDate to, boolean provisional, List<String> behind, Figures city,
                         Map<HallEntry.Level, Figures> levels, List<HallRow> halls, List<ServiceRow> services,
                         List<WindowRow> windows) {

    /**
     * Sums of one group, as the store reads them from the rollups ({@code openMs}, {@code busyMs}: windows' open time
     * and time with a citizen; {@code byScore}: ratings by level, 1 非常不满意 first, 5 非常满意 last).
     */
    public record Sums(int issued, int firstCalls, long waitedMs, int served, long serviceMs, int noShows, int voided,
                       int ratings, int ratingSum, int badRatings, int workOrders, int workOrdersDone, int workOrdersLate,
                       int notices, int booked, int checkedIn, int appointmentNoShows, long openMs,
                       long busyMs, List<Integer> byScore) {
        public static final List<Integer> NO_SCORES = List.of(0, 0, 0, 0, 0);
        public static final Sums ZERO = new Sums(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

        public Sums {
            byScore = byScore == null ? NO_SCORES : List.copyOf(byScore);
            if (byScore.size() != 5) {
                throw new IllegalArgumentException("byScore: five levels, 1 to 5, not " + byScore);
            }
        }

        /** Without ratings by level (all five 0). */
        public Sums(int issued, int firstCalls, long waitedMs, int served, long serviceMs, int noShows, int voided,
                    int ratings, int ratingSum, int badRatings, int workOrders, int workOrdersDone, int workOrdersLate,
                    int notices, int booked, int checkedIn, int appointmentNoShows, long openMs, long busyMs) {
            this(issued, firstCalls, waitedMs, served, serviceMs, noShows, voided, ratings, ratingSum, badRatings,
                    workOrders, workOrdersDone, workOrdersLate, notices, booked, checkedIn, appointmentNoShows, openMs,
                    busyMs, NO_SCORES);
        }

        public Sums plus(Sums o) {
            return new Sums(issued + o.issued, firstCalls + o.firstCalls, waitedMs + o.waitedMs, served + o.served,
                    serviceMs + o.serviceMs, noShows + o.noShows, voided + o.voided, ratings + o.ratings,
                    ratingSum + o.ratingSum, badRatings + o.badRatings, workOrders + o.workOrders,
                    workOrdersDone + o.workOrdersDone, workOrdersLate + o.workOrdersLate, notices + o.notices,
                    booked + o.booked, checkedIn + o.checkedIn, appointmentNoShows + o.appointmentNoShows,
                    openMs + o.openMs, busyMs + o.busyMs, IntStream.range(0, 5).mapToObj(i -> byScore.get(i)
                            + o.byScore.get(i)).toList());
        }
    }

    /**
     * The city's supervision of a group in the period: alerts raised on its days, and the notices
     * (督办) sent on its days — answered, answered after their due time, still open now, and open
     * past their due time now; and its handovers (代办转报) of the period's days.
     */
    public record Supervised(int alerts, int notices, int answered, int answeredLate, int open, int overdue,
                             Handed handovers) {
        public static final Supervised ZERO = new Supervised(0, 0, 0, 0, 0, 0);

        public Supervised {
            handovers = handovers == null ? Handed.ZERO : handovers;
        }

        public Supervised(int alerts, int notices, int answered, int answeredLate, int open, int overdue) {
            this(alerts, notices, answered, answeredLate, open, overdue, Handed.ZERO);
        }

        Supervised plus(Supervised o) {
            return new Supervised(alerts + o.alerts, notices + o.notices, answered + o.answered,
                    answeredLate + o.answeredLate, open + o.open, overdue + o.overdue, handovers.plus(o.handovers));
        }
    }

    /**
     * Handovers sent on the period's days: {@code sent} by the group's halls (stations); handed to
     * them ({@code received}), of which {@code late} missed a deadline (accepted or made ready after
     * it, or not yet), and {@code overdue} still wait on them past one now.
     */
    public record Handed(int sent, int received, int late, int overdue) {
        public static final Handed ZERO = new Handed(0, 0, 0, 0);

        public Handed plus(Handed o) {
            return new Handed(sent + o.sent, received + o.received, late + o.late, overdue + o.overdue);
        }
    }

    /** First-call waits judged against their service's wait target: how many, and how many within it. */
    public record Within(int judged, int within) {
        public static final Within ZERO = new Within(0, 0);

        public Within plus(Within o) {
            return new Within(judged + o.judged, within + o.within);
        }
    }

    /** What the store read of one group (a hall, a service, a window): sums, first-call waits (minute → tickets), the share within target, supervision. */
    public record Group(Sums sums, Map<Integer, Integer> waits, Within within, Supervised supervised) {
        public static final Group EMPTY = new Group(Sums.ZERO, Map.of(), Within.ZERO, Supervised.ZERO);

        Group plus(Group o) {
            Map<Integer, Integer> w = new TreeMap<>(waits);
            merge(w, o.waits);
            return new Group(sums.plus(o.sums), w, within.plus(o.within),
                    supervised == null || o.supervised == null ? null : supervised.plus(o.supervised));
        }
    }

    /**
     * The figures of a group: the sums and what follows from them; {@code withinTarget} the share of
     * first-call waits within their service's target (null without any), {@code supervised} null for
     * a service or a window.
     */
    public record Figures(int halls, Sums sums, Supervised supervised, Double meanWaitMinutes, Integer p90WaitMinutes,
                          Double withinTarget, Double meanServiceMinutes, Double meanScore, Double satisfaction,
                          Double appointmentNoShowRate) {
        static Figures of(int halls, Group g) {
            Sums s = g.sums();
            return new Figures(halls, s, g.supervised(), s.firstCalls() == 0 ? null : s.waitedMs() / 60_000.0 / s.firstCalls(),
                    percentile(g.waits(), 0.9), g.within().judged() == 0 ? null
                            : g.within().within() / (double) g.within().judged(),
                    s.served() == 0 ? null : s.serviceMs() / 60_000.0 / s.served(),
                    s.ratings() == 0 ? null : s.ratingSum() / (double) s.ratings(),
                    s.ratings() == 0 ? null : (s.ratings() - s.badRatings()) / (double) s.ratings(),
                    s.checkedIn() + s.appointmentNoShows() == 0 ? null
                            : s.appointmentNoShows() / (double) (s.checkedIn() + s.appointmentNoShows()));
        }
    }

    public record HallRow(HallEntry hall, Figures figures) {
    }

    public record ServiceRow(String serviceId, Figures figures) {
    }

    /** One window of one hall: the calls, services and ratings at it (tickets are issued at no window). */
    public record WindowRow(String hallId, int window, Figures figures) {
    }

    /**
     * What the store read for a period, per hall, per service (across the halls read) and per window
     * of each hall (hall → window number → group).
     */
    public record Input(List<HallEntry> halls, Map<String, Group> byHall, Map<String, Group> byService,
                        Map<String, Map<Integer, Group>> byWindow, List<String> behind) {
    }

    public static CityReport build(LocalDate from, LocalDate to, Input in) {
        List<HallRow> halls = new ArrayList<>();
        Map<HallEntry.Level, Group> levelGroups = new TreeMap<>();
        Map<HallEntry.Level, Integer> levelHalls = new TreeMap<>();
        Group city = Group.EMPTY;
        List<WindowRow> windows = new ArrayList<>();
        for (HallEntry h : in.halls().stream().sorted(Comparator.comparing(HallEntry::level)
                .thenComparing(HallEntry::id)).toList()) {
            Group g = in.byHall().getOrDefault(h.id(), Group.EMPTY);
            halls.add(new HallRow(h, Figures.of(1, g)));
            levelGroups.merge(h.level(), g, Group::plus);
            levelHalls.merge(h.level(), 1, Integer::sum);
            city = city.plus(g);
            new TreeMap<>(in.byWindow().getOrDefault(h.id(), Map.of())).forEach((no, w) ->
                    windows.add(new WindowRow(h.id(), no, Figures.of(0, w))));
        }
        Map<HallEntry.Level, Figures> levels = new LinkedHashMap<>();
        levelGroups.forEach((level, g) -> levels.put(level, Figures.of(levelHalls.get(level), g)));
        List<ServiceRow> services = new ArrayList<>();
        new TreeMap<>(in.byService()).forEach((id, g) -> services.add(new ServiceRow(id, Figures.of(0, g))));
        return new CityReport(from, to, !in.behind().isEmpty(), in.behind(), Figures.of(in.halls().size(), city),
                levels, halls, services, windows);
    }

    private static void merge(Map<Integer, Integer> into, Map<Integer, Integer> add) {
        add.forEach((minute, n) -> into.merge(minute, n, Integer::sum));
    }

    /** The smallest whole minute at or below which {@code share} of the waits fall; null without waits. */
    static Integer percentile(Map<Integer, Integer> waits, double share) {
        long total = waits.values().stream().mapToLong(Integer::longValue).sum();
        if (total == 0) {
            return null;
        }
        long needed = (long) Math.ceil(share * total);
        long seen = 0;
        for (Map.Entry<Integer, Integer> e : new TreeMap<>(waits).entrySet()) {
            seen += e.getValue();
            if (seen >= needed) {
                return e.getKey();
            }
        }
        return null;
    }
}
