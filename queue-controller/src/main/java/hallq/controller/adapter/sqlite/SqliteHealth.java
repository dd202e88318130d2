package hallq.controller.adapter.sqlite;

import hallq.controller.doctor.DatabaseFacts;
import hallq.controller.doctor.DatabaseProbe;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.sqlite.SQLiteConfig;

/** The hall's database as doctor sees it, over a read-only connection: integrity, schema, tickets, size. */
public final class SqliteHealth implements DatabaseProbe {
    @Override
    public DatabaseFacts measure(Path file) throws IOException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(5000);
        try (Connection c = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement s = c.createStatement()) {
            List<String> check = new ArrayList<>();
            try (ResultSet r = s.executeQuery("PRAGMA quick_check(5)")) {
                while (r.next()) {
                    check.add(r.getString(1));
                }
            }
            long tickets = 0;
            long days = 0;
            if (hasTable(s, "tickets")) {
                try (ResultSet r = s.executeQuery("SELECT COUNT(*), COUNT(DISTINCT business_date) FROM tickets")) {
                    r.next();
                    tickets = r.getLong(1);
                    days = r.getLong(2);
                }
            }
            return new DatabaseFacts(check, Migrations.version(c), tickets, days, size(file));
        } catch (SQLException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static boolean hasTable(Statement s, String name) throws SQLException {
        try (ResultSet r = s.executeQuery("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '" + name + "'")) {
            return r.next();
        }
    }

    /** The file with its write-ahead log, as it takes the disk. */
    private static long size(Path file) throws IOException {
        Path wal = file.resolveSibling(file.getFileName() + "-wal");
        return Files.size(file) + (Files.exists(wal) ? Files.size(wal) : 0);
    }
}
