package hallq.city.store;

import hallq.city.core.CityReport;
import hallq.city.core.HallEntry;
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
            + "sum(appointment_no_shows)";
    private final HubDatabase db;
    private final Registry registry;

    public ReportStore(HubDatabase db, Registry registry) {
        this.db = db;
        this.registry = registry;
    }

    /** The period's figures, with notices open and overdue as of {@code now}. */
    public CityReport.Input input(LocalDate from, LocalDate to, Instant now) {
        List<HallEntry> halls = registry.list();
        try (Connection c = db.connection()) {
            Map<String, CityReport.Sums> byHall = sums(c, "hall_id", from, to);
            Map<String, CityReport.Sums> byService = sums(c, "service_id", from, to);
            byService.remove("");
            Map<String, Map<Integer, Integer>> waitsByHall = new HashMap<>();
            Map<String, Map<Integer, Integer>> waitsByService = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT hall_id, service_id, minute, sum(tickets) FROM rollup_wait "
                    + "WHERE day BETWEEN ? AND ? GROUP BY hall_id, service_id, minute")) {
                ps.setObject(1, from);
                ps.setObject(2, to);
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        int minute = r.getInt(3);
                        int n = r.getInt(4);
                        waitsByHall.computeIfAbsent(r.getString(1), k -> new TreeMap<>()).merge(minute, n, Integer::sum);
                        waitsByService.computeIfAbsent(r.getString(2), k -> new TreeMap<>()).merge(minute, n, Integer::sum);
                    }
                }
            }
            return new CityReport.Input(halls, byHall, waitsByHall, supervised(c, from, to, now), byService, waitsByService,
                    behind(c, halls, to));
        } catch (SQLException e) {
            throw StoreFailure.of("reading the report of " + from + " to " + to, e);
        }
    }

    private static Map<String, CityReport.Sums> sums(Connection c, String by, LocalDate from, LocalDate to)
            throws SQLException {
        Map<String, CityReport.Sums> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + by + ", " + SUMS + " FROM rollup_day "
                + "WHERE day BETWEEN ? AND ? GROUP BY " + by)) {
            ps.setObject(1, from);
            ps.setObject(2, to);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    out.put(r.getString(1), new CityReport.Sums(r.getInt(2), r.getInt(3), r.getLong(4), r.getInt(5),
                            r.getLong(6), r.getInt(7), r.getInt(8), r.getInt(9), r.getInt(10), r.getInt(11), r.getInt(12),
                            r.getInt(13), r.getInt(14), r.getInt(15), r.getInt(16), r.getInt(17), r.getInt(18)));
                }
            }
        }
        return out;
    }

    /** Alerts of the period's days, and notices sent on them (each hall's own days) and how they stand at {@code now}. */
    private static Map<String, CityReport.Supervised> supervised(Connection c, LocalDate from, LocalDate to, Instant now)
            throws SQLException {
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
                            r.getInt(6), r.getInt(7)));
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
