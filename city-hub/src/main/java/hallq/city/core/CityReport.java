package hallq.city.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A city report for a period (a day or a month): per hall, per level and for the whole city, and
 * per service across the city (docs/city.md, "Reports"). Pure: built from rollup sums and wait
 * buckets. {@code provisional} while some hall has not yet been heard from past the period's end
 * (its events may still arrive; they land in the day they happened).
 */
public record CityReport(LocalDate from, LocalDate to, boolean provisional, List<String> behind, Figures city,
                         Map<HallEntry.Level, Figures> levels, List<HallRow> halls, List<ServiceRow> services) {

    /** Sums of one group, as the store reads them from {@code rollup_hour}. */
    public record Sums(int issued, int firstCalls, long waitedMs, int served, long serviceMs, int noShows, int voided,
                       int ratings, int ratingSum, int badRatings, int workOrders, int workOrdersDone, int workOrdersLate,
                       int notices, int booked, int checkedIn, int appointmentNoShows) {
        public static final Sums ZERO = new Sums(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

        Sums plus(Sums o) {
            return new Sums(issued + o.issued, firstCalls + o.firstCalls, waitedMs + o.waitedMs, served + o.served,
                    serviceMs + o.serviceMs, noShows + o.noShows, voided + o.voided, ratings + o.ratings,
                    ratingSum + o.ratingSum, badRatings + o.badRatings, workOrders + o.workOrders,
                    workOrdersDone + o.workOrdersDone, workOrdersLate + o.workOrdersLate, notices + o.notices,
                    booked + o.booked, checkedIn + o.checkedIn, appointmentNoShows + o.appointmentNoShows);
        }
    }

    /**
     * The city's supervision of a group in the period: alerts raised on its days, and the notices
     * (督办) sent on its days — answered, answered after their due time, still open now, and open
     * past their due time now.
     */
    public record Supervised(int alerts, int notices, int answered, int answeredLate, int open, int overdue) {
        public static final Supervised ZERO = new Supervised(0, 0, 0, 0, 0, 0);

        Supervised plus(Supervised o) {
            return new Supervised(alerts + o.alerts, notices + o.notices, answered + o.answered,
                    answeredLate + o.answeredLate, open + o.open, overdue + o.overdue);
        }
    }

    /** The figures of a group: the sums and what follows from them (no supervision for a service: null). */
    public record Figures(int halls, Sums sums, Supervised supervised, Double meanWaitMinutes, Integer p90WaitMinutes, Double meanServiceMinutes,
                          Double meanScore, Double satisfaction, Double appointmentNoShowRate) {
        static Figures of(int halls, Sums s, Supervised sup, Map<Integer, Integer> waits) {
            return new Figures(halls, s, sup, s.firstCalls() == 0 ? null : s.waitedMs() / 60_000.0 / s.firstCalls(),
                    percentile(waits, 0.9), s.served() == 0 ? null : s.serviceMs() / 60_000.0 / s.served(),
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

    /**
     * What the store read for a period: sums, first-call waits (minute → tickets) and supervision per
     * hall, and sums and waits per service.
     */
    public record Input(List<HallEntry> halls, Map<String, Sums> byHall, Map<String, Map<Integer, Integer>> waitsByHall,
                        Map<String, Supervised> supervisedByHall, Map<String, Sums> byService,
                        Map<String, Map<Integer, Integer>> waitsByService, List<String> behind) {
    }

    public static CityReport build(LocalDate from, LocalDate to, Input in) {
        List<HallRow> halls = new ArrayList<>();
        Map<HallEntry.Level, Sums> levelSums = new TreeMap<>();
        Map<HallEntry.Level, Map<Integer, Integer>> levelWaits = new TreeMap<>();
        Map<HallEntry.Level, Integer> levelHalls = new TreeMap<>();
        Map<HallEntry.Level, Supervised> levelSupervised = new TreeMap<>();
        Sums city = Sums.ZERO;
        Supervised citySupervised = Supervised.ZERO;
        Map<Integer, Integer> cityWaits = new TreeMap<>();
        for (HallEntry h : in.halls().stream().sorted(Comparator.comparing(HallEntry::level)
                .thenComparing(HallEntry::id)).toList()) {
            Sums s = in.byHall().getOrDefault(h.id(), Sums.ZERO);
            Map<Integer, Integer> w = in.waitsByHall().getOrDefault(h.id(), Map.of());
            Supervised sup = in.supervisedByHall().getOrDefault(h.id(), Supervised.ZERO);
            halls.add(new HallRow(h, Figures.of(1, s, sup, w)));
            levelSums.merge(h.level(), s, Sums::plus);
            levelSupervised.merge(h.level(), sup, Supervised::plus);
            citySupervised = citySupervised.plus(sup);
            levelHalls.merge(h.level(), 1, Integer::sum);
            merge(levelWaits.computeIfAbsent(h.level(), k -> new TreeMap<>()), w);
            city = city.plus(s);
            merge(cityWaits, w);
        }
        Map<HallEntry.Level, Figures> levels = new LinkedHashMap<>();
        levelSums.forEach((level, s) -> levels.put(level, Figures.of(levelHalls.get(level), s, levelSupervised.get(level),
                levelWaits.get(level))));
        List<ServiceRow> services = new ArrayList<>();
        new TreeMap<>(in.byService()).forEach((id, s) -> services.add(new ServiceRow(id, Figures.of(0, s, null,
                in.waitsByService().getOrDefault(id, Map.of())))));
        return new CityReport(from, to, !in.behind().isEmpty(), in.behind(),
                Figures.of(in.halls().size(), city, citySupervised, cityWaits), levels, halls, services);
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
