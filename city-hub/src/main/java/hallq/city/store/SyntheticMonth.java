package hallq.city.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.YearMonth;

/**
 * Fills the rollups of a whole month for every registered hall with plausible figures, in the
 * database itself ({@code generate_series}): for the benchmark of a monthly city report, which would
 * otherwise need tens of millions of events ingested first. Never used by the hub itself.
 */
public final class SyntheticMonth {
    private SyntheticMonth() {
    }

    /** Rows: every hall × day × 8 opening hours × {@code services} services; answers how many. */
    public static long fill(HubDatabase db, YearMonth month, int services) {
        String sql = """
                INSERT INTO rollup_hour (hall_id, day, hour, service_id, window_no, issued, first_calls, waited_ms, served,
                    service_ms, no_shows, ratings, rating_sum, bad_ratings)
                SELECT h.id, d::date, hr, 'S' || s, 1 + s % 3, 6, 6, 6 * 600000, 5, 5 * 480000, 1, 2, 9, 0
                FROM halls h, generate_series(?::date, ?::date, interval '1 day') d, generate_series(9, 16) hr,
                     generate_series(1, ?) s
                ON CONFLICT DO NOTHING""";
        String waits = """
                INSERT INTO rollup_wait (hall_id, day, service_id, minute, tickets)
                SELECT h.id, d::date, 'S' || s, m, 3
                FROM halls h, generate_series(?::date, ?::date, interval '1 day') d, generate_series(1, ?) s,
                     generate_series(0, 40, 4) m
                ON CONFLICT DO NOTHING""";
        String days = """
                INSERT INTO rollup_day (hall_id, day, service_id, window_no, issued, first_calls, waited_ms, served,
                    service_ms, no_shows, ratings, rating_sum, bad_ratings)
                SELECT h.id, d::date, 'S' || s, 1 + s % 3, 48, 48, 48 * 600000, 40, 40 * 480000, 8, 16, 72, 0
                FROM halls h, generate_series(?::date, ?::date, interval '1 day') d, generate_series(1, ?) s
                ON CONFLICT DO NOTHING""";
        try (Connection c = db.connection()) {
            long rows = 0;
            for (String q : new String[] {sql, days, waits}) {
                try (PreparedStatement ps = c.prepareStatement(q)) {
                    ps.setObject(1, month.atDay(1));
                    ps.setObject(2, month.atEndOfMonth());
                    ps.setInt(3, services);
                    rows += ps.executeUpdate();
                }
            }
            try (PreparedStatement ps = c.prepareStatement("ANALYZE rollup_hour, rollup_day, rollup_wait")) {
                ps.execute(); // what autovacuum would do soon after a load this size
            }
            return rows;
        } catch (SQLException e) {
            throw StoreFailure.of("filling a synthetic month", e);
        }
    }
}
