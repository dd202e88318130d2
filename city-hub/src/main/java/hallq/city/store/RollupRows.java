package hallq.city.store;

import hallq.city.core.Rollup;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/** Adds a batch's rollup sums to {@code rollup_hour}, {@code rollup_day} and {@code rollup_wait}, one upsert per row touched. */
final class RollupRows {
    private static final String[] COUNTERS = {"issued", "first_calls", "waited_ms", "served", "service_ms", "no_shows",
        "voided", "transferred", "ratings", "rating_sum", "bad_ratings", "work_orders", "work_orders_done",
        "work_orders_late", "notices", "booked", "checked_in", "appointment_no_shows", "open_ms", "busy_ms", "rated_1", "rated_2",
        "rated_3", "rated_4", "rated_5"};
    private static final String HOUR_SQL = upsert("rollup_hour", "hall_id, day, hour, service_id, window_no");
    private static final String DAY_SQL = upsert("rollup_day", "hall_id, day, service_id, window_no");

    private RollupRows() {
    }

    private static String upsert(String table, String key) {
        StringBuilder cols = new StringBuilder(key);
        StringBuilder marks = new StringBuilder("?" + ", ?".repeat(key.split(",").length - 1));
        StringBuilder sets = new StringBuilder();
        for (String c : COUNTERS) {
            cols.append(", ").append(c);
            marks.append(", ?");
            sets.append(sets.length() == 0 ? "" : ", ").append(c).append(" = ").append(table).append('.').append(c)
                    .append(" + excluded.").append(c);
        }
        return "INSERT INTO " + table + " (" + cols + ") VALUES (" + marks + ") ON CONFLICT (" + key
                + ") DO UPDATE SET " + sets;
    }

    static void add(Connection c, Rollup rollup) throws SQLException {
        try (PreparedStatement hours = c.prepareStatement(HOUR_SQL); PreparedStatement days = c.prepareStatement(DAY_SQL)) {
            for (Map.Entry<Rollup.Key, Rollup.Counts> e : rollup.hours().entrySet()) {
                Rollup.Key k = e.getKey();
                hours.setString(1, k.hallId());
                hours.setObject(2, k.day());
                hours.setInt(3, k.hour());
                hours.setString(4, k.serviceId());
                hours.setInt(5, k.window());
                counters(hours, 6, e.getValue());
                hours.addBatch();
            }
            for (Map.Entry<Rollup.DayKey, Rollup.Counts> e : rollup.days().entrySet()) {
                Rollup.DayKey k = e.getKey();
                days.setString(1, k.hallId());
                days.setObject(2, k.day());
                days.setString(3, k.serviceId());
                days.setInt(4, k.window());
                counters(days, 5, e.getValue());
                days.addBatch();
            }
            hours.executeBatch();
            days.executeBatch();
        }
        waits(c, rollup);
    }

    private static void counters(PreparedStatement ps, int first, Rollup.Counts n) throws SQLException {
        long[] values = {n.issued, n.firstCalls, n.waitedMs, n.served, n.serviceMs, n.noShows, n.voided, n.transferred,
            n.ratings, n.ratingSum, n.badRatings, n.workOrders, n.workOrdersDone, n.workOrdersLate, n.notices, n.booked,
            n.checkedIn, n.appointmentNoShows, n.openMs, n.busyMs, n.byScore[0], n.byScore[1], n.byScore[2], n.byScore[3],
            n.byScore[4]};
        for (int i = 0; i < values.length; i++) {
            ps.setLong(first + i, values[i]);
        }
    }

    /** The hall's windows open as its last batch left them, and since when. */
    static Map<Integer, Instant> openWindows(Connection c, String hallId) throws SQLException {
        Map<Integer, Instant> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT window_no, since FROM window_open WHERE hall_id = ?")) {
            ps.setString(1, hallId);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    out.put(r.getInt(1), r.getObject(2, OffsetDateTime.class).toInstant());
                }
            }
        }
        return out;
    }

    /** Keeps the windows open after a batch for the next one. */
    static void saveOpenWindows(Connection c, String hallId, Map<Integer, Instant> open) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM window_open WHERE hall_id = ?")) {
            del.setString(1, hallId);
            del.executeUpdate();
        }
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO window_open (hall_id, window_no, since) VALUES (?, ?, ?)")) {
            for (Map.Entry<Integer, Instant> e : open.entrySet()) {
                ins.setString(1, hallId);
                ins.setInt(2, e.getKey());
                ins.setObject(3, e.getValue().atOffset(ZoneOffset.UTC));
                ins.addBatch();
            }
            ins.executeBatch();
        }
    }

    private static void waits(Connection c, Rollup rollup) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO rollup_wait (hall_id, day, service_id, minute, tickets) "
                + "VALUES (?, ?, ?, ?, ?) ON CONFLICT (hall_id, day, service_id, minute) "
                + "DO UPDATE SET tickets = rollup_wait.tickets + excluded.tickets")) {
            for (Map.Entry<Rollup.WaitKey, Integer> e : rollup.waits().entrySet()) {
                Rollup.WaitKey k = e.getKey();
                ps.setString(1, k.hallId());
                ps.setObject(2, k.day());
                ps.setString(3, k.serviceId());
                ps.setInt(4, k.minute());
                ps.setInt(5, e.getValue());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
