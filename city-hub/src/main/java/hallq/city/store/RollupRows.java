package hallq.city.store;

import hallq.city.core.Rollup;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;

/** Adds a batch's rollup sums to {@code rollup_hour} and {@code rollup_wait}, one upsert per row touched. */
final class RollupRows {
    private static final String[] COUNTERS = {"issued", "first_calls", "waited_ms", "served", "service_ms", "no_shows",
        "voided", "transferred", "ratings", "rating_sum", "bad_ratings", "work_orders", "work_orders_done",
        "work_orders_late", "notices", "booked", "checked_in", "appointment_no_shows"};
    private static final String HOUR_SQL = hourSql();

    private RollupRows() {
    }

    private static String hourSql() {
        StringBuilder cols = new StringBuilder("hall_id, day, hour, service_id, window_no");
        StringBuilder marks = new StringBuilder("?, ?, ?, ?, ?");
        StringBuilder sets = new StringBuilder();
        for (String c : COUNTERS) {
            cols.append(", ").append(c);
            marks.append(", ?");
            sets.append(sets.length() == 0 ? "" : ", ").append(c).append(" = rollup_hour.").append(c)
                    .append(" + excluded.").append(c);
        }
        return "INSERT INTO rollup_hour (" + cols + ") VALUES (" + marks + ") ON CONFLICT (hall_id, day, hour, "
                + "service_id, window_no) DO UPDATE SET " + sets;
    }

    static void add(Connection c, Rollup rollup) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(HOUR_SQL)) {
            for (Map.Entry<Rollup.Key, Rollup.Counts> e : rollup.hours().entrySet()) {
                Rollup.Key k = e.getKey();
                Rollup.Counts n = e.getValue();
                ps.setString(1, k.hallId());
                ps.setObject(2, k.day());
                ps.setInt(3, k.hour());
                ps.setString(4, k.serviceId());
                ps.setInt(5, k.window());
                long[] values = {n.issued, n.firstCalls, n.waitedMs, n.served, n.serviceMs, n.noShows, n.voided,
                    n.transferred, n.ratings, n.ratingSum, n.badRatings, n.workOrders, n.workOrdersDone,
                    n.workOrdersLate, n.notices, n.booked, n.checkedIn, n.appointmentNoShows};
                for (int i = 0; i < values.length; i++) {
                    ps.setLong(6 + i, values[i]);
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
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
