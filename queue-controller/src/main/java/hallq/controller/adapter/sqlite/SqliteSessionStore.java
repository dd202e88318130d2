package hallq.controller.adapter.sqlite;

import hallq.controller.auth.Sessions;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sessions in the hall's SQLite file ({@code staff_sessions}, created by the controller's
 * migrations), on a connection of their own. A failed write is logged and the session goes on in
 * memory: at worst that person logs in again after a restart.
 */
public final class SqliteSessionStore implements Sessions.Store, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SqliteSessionStore.class);
    private final Connection connection;

    public SqliteSessionStore(Path database) throws SQLException {
        connection = Connections.open(database, "NORMAL");
    }

    @Override
    public synchronized List<Sessions.Stored> load() {
        List<Sessions.Stored> out = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(
                "SELECT token_hash, user_name, credential, started_at, last_seen FROM staff_sessions")) {
            while (r.next()) {
                out.add(new Sessions.Stored(r.getString(1), r.getString(2), r.getString(3),
                        Instant.ofEpochMilli(r.getLong(4)), Instant.ofEpochMilli(r.getLong(5))));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("staff sessions cannot be read: " + e.getMessage(), e);
        }
        return out;
    }

    @Override
    public synchronized void save(Sessions.Stored s) {
        update("INSERT OR REPLACE INTO staff_sessions (token_hash, user_name, credential, started_at, last_seen) "
                + "VALUES (?, ?, ?, ?, ?)", s.tokenHash(), s.user(), s.credential(), s.started().toEpochMilli(),
                s.lastSeen().toEpochMilli());
    }

    @Override
    public synchronized void seen(String tokenHash, Instant lastSeen) {
        update("UPDATE staff_sessions SET last_seen = ? WHERE token_hash = ?", lastSeen.toEpochMilli(), tokenHash);
    }

    @Override
    public synchronized void delete(String tokenHash) {
        update("DELETE FROM staff_sessions WHERE token_hash = ?", tokenHash);
    }

    @Override
    public synchronized void deleteUser(String user) {
        update("DELETE FROM staff_sessions WHERE user_name = ?", user);
    }

    private void update(String sql, Object... values) {
        try (PreparedStatement p = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                p.setObject(i + 1, values[i]);
            }
            p.executeUpdate();
        } catch (SQLException e) {
            LOG.error("staff session not stored ({}): {}", sql.substring(0, sql.indexOf(' ')), e.getMessage());
        }
    }

    @Override
    public synchronized void close() throws SQLException {
        connection.close();
    }
}
