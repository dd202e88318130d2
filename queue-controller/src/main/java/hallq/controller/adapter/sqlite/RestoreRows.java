package hallq.controller.adapter.sqlite;

import hallq.controller.service.QueueStore.PendingRestore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Restores from a backup and the numbering floors they leave (V15, docs/decisions.md D19). */
final class RestoreRows {
    private RestoreRows() {
    }

    static Optional<PendingRestore> pending(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT id, backup_at FROM restores WHERE resumed_at IS NULL ORDER BY id DESC LIMIT 1")) {
            if (!r.next()) {
                return Optional.empty();
            }
            long id = r.getLong(1);
            long at = r.getLong(2);
            return Optional.of(new PendingRestore(id, r.wasNull() ? null : Instant.ofEpochMilli(at)));
        }
    }

    static int peakPerHour(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT MAX(n) FROM (SELECT COUNT(*) AS n FROM tickets GROUP BY issued_at / 3600000)")) {
            return r.next() ? r.getInt(1) : 0;
        }
    }

    static Map<String, Integer> floors(Connection c, LocalDate day) throws SQLException {
        Map<String, Integer> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT service_id, last_seq FROM numbering_floors WHERE business_date = ? ORDER BY service_id")) {
            ps.setString(1, day.toString());
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    out.put(r.getString(1), r.getInt(2));
                }
            }
        }
        return out;
    }

    /** The floors of {@code day} (never lowered) and the restore marked resumed; the caller commits. */
    static void resume(Connection c, long restoreId, LocalDate day, Map<String, Integer> floors, Instant at)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO numbering_floors (business_date, service_id, last_seq) VALUES (?, ?, ?)
                ON CONFLICT (business_date, service_id) DO UPDATE SET last_seq = MAX(last_seq, excluded.last_seq)""")) {
            for (Map.Entry<String, Integer> f : floors.entrySet()) {
                ps.setString(1, day.toString());
                ps.setString(2, f.getKey());
                ps.setInt(3, f.getValue());
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE restores SET resumed_at = ? WHERE id <= ? AND resumed_at IS NULL")) {
            ps.setLong(1, at.toEpochMilli());
            ps.setLong(2, restoreId);
            ps.executeUpdate();
        }
    }
}
