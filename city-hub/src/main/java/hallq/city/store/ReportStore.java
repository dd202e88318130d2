package hallq.city.store;

import hallq.city.core.CityReport;
import hallq.city.core.HallDay;
import hallq.city.core.HallEntry;
import hallq.protocol.city.Handover;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads a period's rollups for the city reports: sums per hall and per service, first-call waits, who is behind. */
public final class ReportStore {
    private static final String SUMS = "sum(issued), sum(first_calls), sum(waited_ms), sum(served), sum(service_ms), "
            + "sum(no_shows), sum(voided), sum(ratings), sum(rating_sum), sum(bad_ratings), sum(work_orders), "
            + "sum(work_orders_done), sum(work_orders_late), sum(notices), sum(booked), sum(checked_in), "
            + "sum(appointment_no_shows), sum(open_ms), sum(busy_ms), sum(rated_1), sum(rated_2), sum(rated_3), "
            + "sum(rated_4), sum(rated_5)";
    private final HubDatabase db;
    private final Registry registry;

    public ReportStore(HubDatabase db, Registry registry) {
        this.db = db;
        this.registry = registry;
    }

    /** The period's figures of every hall, with notices open and overdue as of {@code now}. */
    public CityReport.Input input(LocalDate from, LocalDate to, Instant now) {
        return input(from, to, now, null);
    }

    /**
     * The period's figures of one hall (its services and windows alone), or of every hall when
     * {@code hallId} is null. Waits are judged against each service's target as its hall last reported it.
     */
    public CityReport.Input input(LocalDate from, LocalDate to, Instant now, String hallId) {
        List<HallEntry> halls = registry.list().stream().filter(h -> hallId == null || h.id().equals(hallId)).toList();
        try (Connection c = db.connection()) {
            Map<String, Map<Integer, CityReport.Sums>> byKey = new HashMap<>();
            Map<String, CityReport.Sums> byHall = new HashMap<>();
            Map<String, CityReport.Sums> byService = new HashMap<>();
            Map<String, Map<Integer, CityReport.Sums>> windowSums = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT hall_id, service_id, window_no, " + SUMS
                    + " FROM rollup_day WHERE day BETWEEN ? AND ? AND (? IS NULL OR hall_id = ?) "
                    + "GROUP BY hall_id, service_id, window_no")) {
                bind(ps, from, to, hallId);
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        CityReport.Sums sums = sums(r, 4);
                        byHall.merge(r.getString(1), sums, CityReport.Sums::plus);
                        if (!r.getString(2).isEmpty()) {
                            byService.merge(r.getString(2), sums, CityReport.Sums::plus);
                        }
                        if (r.getInt(3) > 0) {
                            windowSums.computeIfAbsent(r.getString(1), k -> new HashMap<>()).merge(r.getInt(3), sums,
                                    CityReport.Sums::plus);
                        }
                    }
                }
            }
            Map<String, Map<String, Integer>> targets = targets(c);
            Map<String, Map<Integer, Integer>> waitsByHall = new HashMap<>();
            Map<String, Map<Integer, Integer>> waitsByService = new HashMap<>();
            Map<String, CityReport.Within> withinByHall = new HashMap<>();
            Map<String, CityReport.Within> withinByService = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT hall_id, service_id, minute, sum(tickets) FROM rollup_wait "
                    + "WHERE day BETWEEN ? AND ? AND (? IS NULL OR hall_id = ?) GROUP BY hall_id, service_id, minute")) {
                bind(ps, from, to, hallId);
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        String hall = r.getString(1);
                        String service = r.getString(2);
                        int minute = r.getInt(3);
                        int n = r.getInt(4);
                        waitsByHall.computeIfAbsent(hall, k -> new TreeMap<>()).merge(minute, n, Integer::sum);
                        waitsByService.computeIfAbsent(service, k -> new TreeMap<>()).merge(minute, n, Integer::sum);
                        Integer target = targets.getOrDefault(hall, Map.of()).get(service);
                        if (target != null) {
                            // bucket m holds waits from m to m + 1 minutes: within a target of T only when m < T
                            CityReport.Within w = new CityReport.Within(n, minute < target ? n : 0);
                            withinByHall.merge(hall, w, CityReport.Within::plus);
                            withinByService.merge(service, w, CityReport.Within::plus);
                        }
                    }
                }
            }
            Map<String, CityReport.Supervised> supervised = supervised(c, from, to, now);
            Map<String, CityReport.Group> hallGroups = new HashMap<>();
            byHall.keySet().forEach(h -> hallGroups.put(h, group(byHall.get(h), waitsByHall.get(h), withinByHall.get(h),
                    supervised.getOrDefault(h, CityReport.Supervised.ZERO))));
            supervised.forEach((h, sup) -> hallGroups.computeIfAbsent(h, k -> group(null, null, null, sup)));
            Map<String, CityReport.Group> serviceGroups = new HashMap<>();
            byService.keySet().forEach(sv -> serviceGroups.put(sv, group(byService.get(sv), waitsByService.get(sv),
                    withinByService.get(sv), null)));
            Map<String, Map<Integer, CityReport.Group>> windows = new HashMap<>();
            windowSums.forEach((h, byNo) -> byNo.forEach((no, sums) -> windows.computeIfAbsent(h, k -> new HashMap<>())
                    .put(no, group(sums, null, null, null))));
            hallGroups.keySet().removeIf(h -> halls.stream().noneMatch(e -> e.id().equals(h)));
            return new CityReport.Input(halls, hallGroups, serviceGroups, windows, behind(c, halls, to));
        } catch (SQLException e) {
            throw StoreFailure.of("reading the report of " + from + " to " + to, e);
        }
    }

    /** One hall's day hour by hour, from {@code rollup_hour}: only the hours with something in them. */
    public List<HallDay.Hour> hours(String hallId, LocalDate day) {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement("SELECT hour, sum(issued), "
                + "sum(first_calls), sum(waited_ms), sum(served) FROM rollup_hour WHERE hall_id = ? AND day = ? "
                + "GROUP BY hour ORDER BY hour")) {
            ps.setString(1, hallId);
            ps.setObject(2, day);
            List<HallDay.Hour> out = new ArrayList<>();
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    int calls = r.getInt(3);
                    out.add(new HallDay.Hour(r.getInt(1), r.getInt(2), calls, calls == 0 ? null
                            : r.getLong(4) / 60_000.0 / calls, r.getInt(5)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw StoreFailure.of("reading the hours of " + hallId + " on " + day, e);
        }
    }

    /**
     * The names of a hall's services, or of every hall's ({@code hallId} null: the first hall by id
     * names a service), from the live figures each sent last.
     */
    public Map<String, String> serviceNames(String hallId) {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(
                "SELECT services FROM hall_live WHERE ? IS NULL OR hall_id = ? ORDER BY hall_id")) {
            ps.setString(1, hallId);
            ps.setString(2, hallId);
            Map<String, String> out = new TreeMap<>();
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    OverviewStore.services(r.getString(1)).forEach(sv -> out.putIfAbsent(sv.id(), sv.name()));
                }
            }
            return out;
        } catch (SQLException e) {
            throw StoreFailure.of("reading the services of " + hallId, e);
        }
    }

    private static CityReport.Group group(CityReport.Sums sums, Map<Integer, Integer> waits, CityReport.Within within,
                                          CityReport.Supervised supervised) {
        return new CityReport.Group(sums == null ? CityReport.Sums.ZERO : sums, waits == null ? Map.of() : waits,
                within == null ? CityReport.Within.ZERO : within, supervised);
    }

    private static void bind(PreparedStatement ps, LocalDate from, LocalDate to, String hallId) throws SQLException {
        ps.setObject(1, from);
        ps.setObject(2, to);
        ps.setString(3, hallId);
        ps.setString(4, hallId);
    }

    /** Each hall's wait target per service, from the live figures it sent last. */
    private static Map<String, Map<String, Integer>> targets(Connection c) throws SQLException {
        Map<String, Map<String, Integer>> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT hall_id, services FROM hall_live");
             ResultSet r = ps.executeQuery()) {
            while (r.next()) {
                Map<String, Integer> byService = new HashMap<>();
                OverviewStore.services(r.getString(2)).forEach(s -> byService.put(s.id(), s.targetWaitMinutes()));
                out.put(r.getString(1), byService);
            }
        }
        return out;
    }

    /** The sums of one {@code rollup_day} group, from column {@code first} on. */
    static CityReport.Sums sums(ResultSet r, int first) throws SQLException {
        int i = first;
        return new CityReport.Sums(r.getInt(i), r.getInt(i + 1), r.getLong(i + 2), r.getInt(i + 3), r.getLong(i + 4),
                r.getInt(i + 5), r.getInt(i + 6), r.getInt(i + 7), r.getInt(i + 8), r.getInt(i + 9), r.getInt(i + 10),
                r.getInt(i + 11), r.getInt(i + 12), r.getInt(i + 13), r.getInt(i + 14), r.getInt(i + 15), r.getInt(i + 16),
                r.getLong(i + 17), r.getLong(i + 18), List.of(r.getInt(i + 19), r.getInt(i + 20), r.getInt(i + 21),
                        r.getInt(i + 22), r.getInt(i + 23)));
    }

    /**
     * Alerts of the period's days, notices sent on them (each hall's own days) and how they stand at
     * {@code now}, and handovers sent on them (the station's days), judged at {@code now}.
     */
    private static Map<String, CityReport.Supervised> supervised(Connection c, LocalDate from, LocalDate to, Instant now)
            throws SQLException {
        Map<String, CityReport.Handed> handed = new HashMap<>();
        for (Handover h : HandoverStore.sentOn(c, from, to)) {
            boolean late = h.acceptOverdue(now) || h.resultOverdue(now);
            handed.merge(h.fromHall(), new CityReport.Handed(1, 0, 0, 0), CityReport.Handed::plus);
            handed.merge(h.toHall(), new CityReport.Handed(0, 1, late ? 1 : 0, h.overdue(now) ? 1 : 0),
                    CityReport.Handed::plus);
        }
        Map<String, CityReport.Supervised> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT h.id, "
                + "(SELECT count(*) FROM city_alerts a WHERE a.hall_id = h.id AND a.day BETWEEN ? AND ?), "
                + "count(n.id), count(n.answered_at), count(*) FILTER (WHERE n.answered_at > n.answer_due), "
                + "count(n.id) FILTER (WHERE n.answered_at IS NULL), "
                + "count(*) FILTER (WHERE n.answered_at IS NULL AND n.answer_due < ?) "
                + "FROM halls h LEFT JOIN city_notices n ON n.hall_id = h.id "
                + "AND (n.sent_at AT TIME ZONE h.timezone)::date BETWEEN ? AND ? GROUP BY h.id")) {
            ps.setObject(1, from);
            ps.setObject(2, to);
            ps.setObject(3, now.atOffset(ZoneOffset.UTC));
            ps.setObject(4, from);
            ps.setObject(5, to);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    out.put(r.getString(1), new CityReport.Supervised(r.getInt(2), r.getInt(3), r.getInt(4), r.getInt(5),
                            r.getInt(6), r.getInt(7), handed.get(r.getString(1))));
                }
            }
        }
        return out;
    }

    /** Halls that may still send events of the period: neither their newest event nor their last "nothing more" is past its end. */
    private static List<String> behind(Connection c, List<HallEntry> halls, LocalDate to) throws SQLException {
        Map<String, Instant> caughtUp = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT hall_id, GREATEST(last_event, caught_up) FROM hall_links");
             ResultSet r = ps.executeQuery()) {
            while (r.next()) {
                OffsetDateTime t = r.getObject(2, OffsetDateTime.class);
                if (t != null) {
                    caughtUp.put(r.getString(1), t.toInstant());
                }
            }
        }
        List<String> out = new ArrayList<>();
        for (HallEntry h : halls) {
            Instant end = to.plusDays(1).atStartOfDay(ZoneId.of(h.timezone())).toInstant();
            Instant upTo = caughtUp.get(h.id());
            if (upTo == null || upTo.isBefore(end)) {
                out.add(h.id());
            }
        }
        return out;
    }
}
