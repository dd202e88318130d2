package hallq.controller.adapter.sqlite;

import hallq.controller.doctor.Backlog;
import hallq.controller.doctor.DatabaseFacts;
import hallq.controller.doctor.DatabaseProbe;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.sqlite.SQLiteConfig;

/**
 * The hall's database as doctor sees it, over a read-only connection: integrity, schema, tickets, size,
 * and what waits to leave the hall (the 好差评 export's and the city outbox's backlogs).
 */
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
            long ratings = 0;
            Instant firstRating = null;
            List<Backlog> sinks = new ArrayList<>();
            if (hasTable(s, "ratings")) {
                try (ResultSet r = s.executeQuery("SELECT COUNT(*), MIN(rated_at) AS first FROM ratings")) {
                    r.next();
                    ratings = r.getLong(1);
                    firstRating = TicketStatements.time(r, "first");
                }
                if (hasTable(s, "rating_exports")) {
                    try (ResultSet r = s.executeQuery("""
                            SELECT x.sink, x.exported_at,
                                   (SELECT COUNT(*) FROM ratings WHERE id > x.last_rating_id) AS waiting,
                                   (SELECT MIN(rated_at) FROM ratings WHERE id > x.last_rating_id) AS oldest
                            FROM rating_exports x ORDER BY x.sink""")) {
                        while (r.next()) {
                            sinks.add(new Backlog(r.getString("sink"), r.getLong("waiting"), TicketStatements.time(r,
                                    "oldest"), TicketStatements.time(r, "exported_at")));
                        }
                    }
                }
            }
            return new DatabaseFacts(check, Migrations.version(c), tickets, days, size(file), ratings, firstRating, sinks,
                    hasTable(s, "city_link") ? city(s) : null);
        } catch (SQLException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** The city outbox's backlog past the hub's acknowledgement; null when no hub ever answered. */
    private static Backlog city(Statement s) throws SQLException {
        long acknowledged;
        Instant heard;
        try (ResultSet r = s.executeQuery("SELECT acknowledged, heard_at FROM city_link WHERE id = 1")) {
            if (!r.next()) {
                return null;
            }
            acknowledged = r.getLong("acknowledged");
            heard = TicketStatements.time(r, "heard_at");
        }
        try (ResultSet r = s.executeQuery("SELECT COUNT(*) AS waiting, MIN(at) AS oldest FROM city_outbox WHERE hall_seq > "
                + acknowledged)) {
            r.next();
            return new Backlog("city hub", r.getLong("waiting"), TicketStatements.time(r, "oldest"), heard);
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
