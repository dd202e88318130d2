package hallq.controller.adapter.sqlite;

import hallq.controller.auth.AuditLog;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audit table ({@code staff_audit}, created by the controller's migrations) in the hall's SQLite
 * file, through a connection of its own: an audit row never waits for, or joins, a queue batch.
 */
public final class SqliteAuditLog implements AuditLog, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SqliteAuditLog.class);
    private final Connection connection;

    public SqliteAuditLog(Path database) throws SQLException {
        connection = Connections.open(database, "FULL");
    }

    @Override
    public synchronized void record(Entry e) {
        try (PreparedStatement p = connection.prepareStatement(
                "INSERT INTO staff_audit (at, actor, action, target, detail, outcome) VALUES (?, ?, ?, ?, ?, ?)")) {
            p.setLong(1, e.at().toEpochMilli());
            p.setString(2, clip(e.actor(), 80));
            p.setString(3, clip(e.action(), 120));
            p.setString(4, clip(e.target(), 120));
            p.setString(5, clip(e.detail(), 500));
            p.setInt(6, e.outcome());
            p.executeUpdate();
        } catch (SQLException ex) {
            LOG.error("audit entry not stored ({} {} {}): {}", e.actor(), e.action(), e.target(), ex.getMessage());
        }
    }

    @Override
    public synchronized List<Entry> recent(int limit) {
        List<Entry> out = new ArrayList<>();
        try (PreparedStatement p = connection.prepareStatement(
                "SELECT at, actor, action, target, detail, outcome FROM staff_audit ORDER BY id DESC LIMIT ?")) {
            p.setInt(1, limit);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(new Entry(Instant.ofEpochMilli(r.getLong(1)), r.getString(2), r.getString(3),
                            r.getString(4), r.getString(5), r.getInt(6)));
                }
            }
        } catch (SQLException ex) {
            throw new IllegalStateException("audit log cannot be read: " + ex.getMessage(), ex);
        }
        return out;
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    @Override
    public synchronized void close() throws SQLException {
        connection.close();
    }
}
