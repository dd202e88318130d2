package hallq.controller.adapter.sqlite;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** Side connections to the hall's database (audit, sessions): write-ahead log, waiting up to 5 s for a lock. */
final class Connections {
    private Connections() {
    }

    /** {@code synchronous}: FULL for official records, NORMAL for what may be lost with the last second. */
    static Connection open(Path database, String synchronous) throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + database.toAbsolutePath());
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode=WAL");
            s.execute("PRAGMA synchronous=" + synchronous);
            s.execute("PRAGMA busy_timeout=5000");
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        return c;
    }
}
