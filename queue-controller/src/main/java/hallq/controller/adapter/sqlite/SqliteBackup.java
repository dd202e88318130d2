package hallq.controller.adapter.sqlite;

import hallq.controller.backup.BackupException;
import hallq.controller.backup.HallDatabase;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Backups of the hall's SQLite file: {@code VACUUM INTO} on a connection of its own, which reads one
 * snapshot in one read transaction while the writer goes on (WAL), and writes a compact copy
 * (docs/decisions.md D19).
 */
public final class SqliteBackup implements HallDatabase {
    @Override
    public void copy(Path live, Path target) throws BackupException {
        if (!Files.isRegularFile(live)) {
            throw new BackupException("no hall database at " + live + ": is this a hall's data folder?");
        }
        try (Connection c = Connections.open(live, "NORMAL");
             PreparedStatement ps = c.prepareStatement("VACUUM INTO ?")) {
            ps.setString(1, target.toAbsolutePath().toString());
            ps.execute();
        } catch (SQLException e) {
            throw new BackupException("cannot copy " + live + ": " + e.getMessage(), e);
        }
        try (Connection c = plain(target); Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode=DELETE"); // one self-contained file, whatever the source's mode
        } catch (SQLException e) {
            throw new BackupException("cannot open the copy " + target + ": " + e.getMessage(), e);
        }
        try (FileChannel ch = FileChannel.open(target, StandardOpenOption.WRITE)) {
            ch.force(true); // VACUUM INTO does not sync its output
        } catch (IOException e) {
            throw new BackupException("cannot sync the copy " + target + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Facts check(Path copy) throws BackupException {
        try (Connection c = plain(copy); Statement s = c.createStatement()) {
            List<String> problems = new ArrayList<>();
            try (ResultSet r = s.executeQuery("PRAGMA integrity_check(5)")) {
                while (r.next()) {
                    problems.add(r.getString(1));
                }
            }
            if (!problems.equals(List.of("ok"))) {
                throw new BackupException("the database fails its integrity check: " + String.join("; ", problems));
            }
            return new Facts(schemaVersion(c, s), TicketReads.maxId(s), TicketReads.latestDay(s),
                    TicketReads.lastNumbers(c), TicketReads.latestInstant(s), outboxHighest(s));
        } catch (SQLException e) {
            throw new BackupException("not a readable hall database (" + e.getMessage() + ")", e);
        }
    }

    private static int schemaVersion(Connection c, Statement s) throws SQLException, BackupException {
        try (ResultSet r = s.executeQuery("SELECT name FROM sqlite_master WHERE name = 'flyway_schema_history'")) {
            if (!r.next()) {
                throw new BackupException("not a hall database: it has no schema history");
            }
        }
        return Migrations.version(c);
    }

    private static long outboxHighest(Statement s) throws SQLException {
        try (ResultSet r = s.executeQuery("SELECT seq FROM sqlite_sequence WHERE name = 'city_outbox'")) {
            return r.next() ? r.getLong(1) : 0;
        } catch (SQLException e) {
            return 0; // a database from before the outbox (V13)
        }
    }

    @Override
    public int releaseSchemaVersion() throws BackupException {
        try {
            return Migrations.releaseVersion();
        } catch (RuntimeException e) {
            throw new BackupException("cannot read this release's migrations: " + e.getMessage(), e);
        }
    }

    @Override
    public void markRestored(Path copy, String archive, Instant at, Facts facts) throws BackupException {
        try {
            Migrations.upToDate(copy);
        } catch (SQLException e) {
            throw new BackupException("cannot bring the backup's database to this release: " + e.getMessage(), e);
        }
        try (Connection c = plain(copy); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO restores (restored_at, archive, backup_at, outbox_highest) VALUES (?, ?, ?, ?)")) {
            ps.setLong(1, at.toEpochMilli());
            ps.setString(2, archive);
            if (facts.lastRecordAt() == null) {
                ps.setNull(3, java.sql.Types.INTEGER);
            } else {
                ps.setLong(3, facts.lastRecordAt().toEpochMilli());
            }
            ps.setLong(4, facts.outboxHighest());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new BackupException("cannot record the restore in the database: " + e.getMessage(), e);
        }
    }

    /** A connection to a copy, as it is: no journal mode set, nothing created beside it. */
    private static Connection plain(Path file) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
    }
}
