package hallq.controller.adapter.sqlite;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;
import hallq.controller.service.CityOutbox;
import hallq.controller.service.StoreException;
import hallq.protocol.Json;
import hallq.protocol.city.CityEvent;
import hallq.protocol.city.CityFact;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The city outbox in the hall's database (V13), read and pruned on a side connection of its own. */
public final class SqliteOutbox implements CityOutbox {
    private static final ObjectReader JSON = Json.lenient().readerFor(CityFact.class);
    private final Connection connection;

    private SqliteOutbox(Connection connection) {
        this.connection = connection;
    }

    /** Opens the outbox of a migrated database; acknowledgements are kept with FULL sync. */
    public static SqliteOutbox open(Path database) throws StoreException {
        try {
            return new SqliteOutbox(Connections.open(database, "FULL"));
        } catch (SQLException e) {
            throw new StoreException("cannot open the city outbox in " + database + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized List<CityEvent> after(long seq, int limit) throws StoreException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT hall_seq, at, day, body FROM city_outbox WHERE hall_seq > ? ORDER BY hall_seq LIMIT ?")) {
            ps.setLong(1, seq);
            ps.setInt(2, limit);
            List<CityEvent> out = new ArrayList<>();
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    out.add(new CityEvent(r.getLong(1), Instant.ofEpochMilli(r.getLong(2)), LocalDate.parse(r.getString(3)),
                            JSON.readValue(r.getString(4))));
                }
            }
            return out;
        } catch (SQLException | JsonProcessingException e) {
            throw new StoreException("cannot read the city outbox: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized long highest() throws StoreException {
        // sqlite_sequence survives pruning; the table alone does not once every row is gone
        try (PreparedStatement ps = connection.prepareStatement("SELECT seq FROM sqlite_sequence WHERE name = 'city_outbox'");
             ResultSet r = ps.executeQuery()) {
            return r.next() ? r.getLong(1) : 0;
        } catch (SQLException e) {
            throw new StoreException("cannot read the city outbox: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void acknowledged(long watermark, Instant at) throws StoreException {
        try (PreparedStatement ps = connection.prepareStatement("""
                INSERT INTO city_link (id, acknowledged, heard_at) VALUES (1, ?, ?)
                ON CONFLICT (id) DO UPDATE SET acknowledged = excluded.acknowledged, heard_at = excluded.heard_at""")) {
            ps.setLong(1, watermark);
            ps.setLong(2, at.toEpochMilli());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot record the hub's acknowledgement: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized Optional<Link> link() throws StoreException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT acknowledged, heard_at FROM city_link WHERE id = 1");
             ResultSet r = ps.executeQuery()) {
            return r.next() ? Optional.of(new Link(r.getLong(1), Instant.ofEpochMilli(r.getLong(2)))) : Optional.empty();
        } catch (SQLException e) {
            throw new StoreException("cannot read the city link: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized int prune(long acknowledged, Instant before) throws StoreException {
        try (PreparedStatement ps = connection.prepareStatement("DELETE FROM city_outbox WHERE hall_seq <= ? AND at < ?")) {
            ps.setLong(1, acknowledged);
            ps.setLong(2, before.toEpochMilli());
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot prune the city outbox: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized long resumeAfterRestore(long watermark, Instant at) throws StoreException {
        try (Statement s = connection.createStatement()) {
            if (pendingRestore(s) == null) {
                return 0;
            }
            s.execute("BEGIN IMMEDIATE"); // the writer appends meanwhile: renumber under the write lock
            try {
                Long backupHighest = pendingRestore(s);
                long shift = backupHighest != null && watermark > backupHighest ? watermark - backupHighest : 0;
                if (shift > 0) {
                    // via negative seqs, so that no row meets another on the way
                    s.executeUpdate("UPDATE city_outbox SET hall_seq = -(hall_seq + " + shift + ") WHERE hall_seq > "
                            + backupHighest);
                    s.executeUpdate("UPDATE city_outbox SET hall_seq = -hall_seq WHERE hall_seq < 0");
                    if (s.executeUpdate("UPDATE sqlite_sequence SET seq = seq + " + shift
                            + " WHERE name = 'city_outbox'") == 0) {
                        s.executeUpdate("INSERT INTO sqlite_sequence (name, seq) VALUES ('city_outbox', " + watermark + ")");
                    }
                }
                s.executeUpdate("UPDATE restores SET outbox_rebased_at = " + at.toEpochMilli()
                        + " WHERE outbox_rebased_at IS NULL");
                s.execute("COMMIT");
                return shift;
            } catch (SQLException e) {
                s.execute("ROLLBACK");
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot renumber the city outbox after a restore: " + e.getMessage(), e);
        }
    }

    /** The backup's highest seq of the latest restore not yet renumbered past the hub, or null. */
    private static Long pendingRestore(Statement s) throws SQLException {
        try (ResultSet r = s.executeQuery(
                "SELECT outbox_highest FROM restores WHERE outbox_rebased_at IS NULL ORDER BY id DESC LIMIT 1")) {
            return r.next() ? r.getLong(1) : null;
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // closing: nothing left to do
        }
    }
}
