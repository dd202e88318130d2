package hallq.controller.adapter.sqlite;

import hallq.controller.core.RatedCase;
import hallq.controller.core.Rating;
import hallq.controller.service.RatedCases;
import hallq.controller.service.StoreException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The 好差评 export's reads of the ratings and its marks, on a connection of its own. */
public final class SqliteRatedCases implements RatedCases {
    private final Connection connection;

    private SqliteRatedCases(Connection connection) {
        this.connection = connection;
    }

    /** Opens the export's side of a migrated database; its marks are kept with FULL sync. */
    public static SqliteRatedCases open(Path database) throws StoreException {
        try {
            return new SqliteRatedCases(Connections.open(database, "FULL"));
        } catch (SQLException e) {
            throw new StoreException("cannot open the ratings for export in " + database + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized List<RatedCase> after(long ratingId, int limit) throws StoreException {
        try (PreparedStatement ps = connection.prepareStatement("""
                SELECT r.id, r.ticket_id, r.ticket_number, r.business_date, r.service_id, r.window_no, r.clerk, r.score,
                    r.source, r.rated_at, (SELECT e.detail FROM ticket_events e WHERE e.ticket_id = r.ticket_id
                        AND e.type = 'COMPLETED' ORDER BY e.id DESC LIMIT 1) AS case_no,
                    (SELECT h.receipt FROM handovers h WHERE h.outgoing = 1
                        AND h.ticket_id = r.ticket_id ORDER BY h.receipt LIMIT 1) AS receipt
                FROM ratings r WHERE r.id > ? ORDER BY r.id LIMIT ?""")) {
            ps.setLong(1, ratingId);
            ps.setInt(2, limit);
            List<RatedCase> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new RatedCase(rs.getLong("id"), rs.getLong("ticket_id"), rs.getString("ticket_number"),
                            LocalDate.parse(rs.getString("business_date")), rs.getString("service_id"),
                            rs.getInt("window_no"), rs.getString("clerk"), rs.getInt("score"),
                            Rating.Source.valueOf(rs.getString("source")), TicketStatements.time(rs, "rated_at"),
                            rs.getString("case_no"), rs.getString("receipt")));
                }
            }
            return out;
        } catch (SQLException | IllegalArgumentException e) {
            throw new StoreException("reading ratings for export: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized long exported(String sink) throws StoreException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT last_rating_id FROM rating_exports WHERE sink = ?")) {
            ps.setString(1, sink);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new StoreException("reading the export mark of " + sink + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void exported(String sink, long ratingId, Instant at) throws StoreException {
        try (PreparedStatement ps = connection.prepareStatement("""
                INSERT INTO rating_exports (sink, last_rating_id, exported_at) VALUES (?, ?, ?)
                ON CONFLICT (sink) DO UPDATE SET last_rating_id = excluded.last_rating_id,
                    exported_at = excluded.exported_at""")) {
            ps.setString(1, sink);
            ps.setLong(2, ratingId);
            ps.setLong(3, at.toEpochMilli());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("keeping the export mark of " + sink + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // closing on the way out: nothing left to keep
        }
    }
}
