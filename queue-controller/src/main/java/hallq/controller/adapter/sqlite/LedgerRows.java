package hallq.controller.adapter.sqlite;

import hallq.controller.core.LedgerEntry;
import hallq.controller.core.Rating;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Ledger records: ratings. */
final class LedgerRows {
    private LedgerRows() {
    }

    static void save(Connection c, LedgerEntry entry) throws SQLException {
        if (entry instanceof Rating r) {
            insertRating(c, r);
        }
    }

    private static void insertRating(Connection c, Rating r) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO ratings (id, ticket_id, ticket_number, business_date, service_id, window_no, clerk, score,
                                     comment, source, rated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            ps.setLong(1, r.id());
            ps.setLong(2, r.ticketId());
            ps.setString(3, r.ticketNumber());
            ps.setString(4, r.businessDate().toString());
            ps.setString(5, r.serviceId());
            ps.setInt(6, r.window());
            ps.setString(7, r.clerk());
            ps.setInt(8, r.score());
            ps.setString(9, r.comment());
            ps.setString(10, r.source().name());
            ps.setLong(11, r.at().toEpochMilli());
            ps.executeUpdate();
        }
    }

    /** Ratings of one business day, oldest first. */
    static List<Rating> ratings(Connection c, LocalDate day) throws SQLException {
        List<Rating> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM ratings WHERE business_date = ? ORDER BY id")) {
            ps.setString(1, day.toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Rating(rs.getLong("id"), rs.getLong("ticket_id"), rs.getString("ticket_number"),
                            LocalDate.parse(rs.getString("business_date")), rs.getString("service_id"),
                            rs.getInt("window_no"), rs.getString("clerk"), rs.getInt("score"), rs.getString("comment"),
                            Rating.Source.valueOf(rs.getString("source")), TicketStatements.time(rs, "rated_at")));
                }
            }
        }
        return out;
    }

    static long maxId(Connection c, String table) throws SQLException {
        try (var s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT MAX(id) FROM " + table)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }
}
