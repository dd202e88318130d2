package hallq.controller.adapter.sqlite;

import hallq.controller.service.HallListener;
import hallq.controller.service.StoreException;
import hallq.controller.service.WaitStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The wait history in the hall's database (tables {@code wait_samples} and {@code ticket_promises},
 * made by the migrations), on a side connection of its own: derived figures, so NORMAL sync.
 */
public final class SqliteWaitStore implements WaitStore {
    private static final Logger LOG = LoggerFactory.getLogger(SqliteWaitStore.class);
    private final Connection connection;

    private SqliteWaitStore(Connection connection) {
        this.connection = connection;
    }

    /** Opens the store on a migrated database. */
    public static SqliteWaitStore open(Path database) throws StoreException {
        try {
            return new SqliteWaitStore(Connections.open(database, "NORMAL"));
        } catch (SQLException e) {
            throw new StoreException("cannot open the wait history in " + database + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void addSamples(LocalDate businessDate, int minuteOfDay, List<SampleRow> samples) throws StoreException {
        insertAll("INSERT OR IGNORE INTO wait_samples (business_date, minute, service_id, at, waiting, open_windows, "
                + "serving_windows, predicted_mean, predicted_p90) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", samples,
                (p, s) -> {
                    p.setString(1, businessDate.toString());
                    p.setInt(2, minuteOfDay);
                    p.setString(3, s.serviceId());
                    p.setLong(4, s.at().toEpochMilli());
                    p.setInt(5, s.waiting());
                    p.setInt(6, s.openWindows());
                    p.setDouble(7, s.servingWindows());
                    setNullable(p, 8, s.predictedMean());
                    setNullable(p, 9, s.predictedP90());
                });
    }

    @Override
    public void addPromises(List<HallListener.Issued> promises) throws StoreException {
        insertAll("INSERT OR IGNORE INTO ticket_promises (ticket_id, business_date, predicted_mean, predicted_p90) "
                + "VALUES (?, ?, ?, ?)", promises, (p, t) -> {
                    p.setLong(1, t.ticketId());
                    p.setString(2, t.businessDate().toString());
                    setNullable(p, 3, t.predictedWaitMinutes());
                    setNullable(p, 4, t.predictedWaitP90Minutes());
                });
    }

    @Override
    public synchronized int deleteBefore(LocalDate day) throws StoreException {
        try (PreparedStatement a = connection.prepareStatement("DELETE FROM wait_samples WHERE business_date < ?");
             PreparedStatement b = connection.prepareStatement("DELETE FROM ticket_promises WHERE business_date < ?")) {
            a.setString(1, day.toString());
            b.setString(1, day.toString());
            return a.executeUpdate() + b.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("could not prune the wait history: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized List<SampleRow> samples(LocalDate businessDate, String serviceId) throws StoreException {
        List<SampleRow> out = new ArrayList<>();
        try (PreparedStatement p = connection.prepareStatement("SELECT at, waiting, open_windows, serving_windows, "
                + "predicted_mean, predicted_p90 FROM wait_samples WHERE business_date = ? AND service_id = ? "
                + "ORDER BY minute")) {
            p.setString(1, businessDate.toString());
            p.setString(2, serviceId);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(new SampleRow(serviceId, Instant.ofEpochMilli(r.getLong(1)), r.getInt(2), r.getInt(3),
                            r.getDouble(4), nullable(r, 5), nullable(r, 6)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("could not read the wait samples: " + e.getMessage(), e);
        }
        return out;
    }

    @Override
    public synchronized List<TicketRow> tickets(LocalDate businessDate, String serviceId) throws StoreException {
        List<TicketRow> out = new ArrayList<>();
        try (PreparedStatement p = connection.prepareStatement("SELECT t.number, t.service_id, t.priority, t.status, "
                + "t.issued_at, (SELECT MIN(e.at) FROM ticket_events e WHERE e.ticket_id = t.id AND e.type = 'CALLED'), "
                + "(SELECT MAX(e.at) FROM ticket_events e WHERE e.ticket_id = t.id AND e.type = 'EXPIRED'), "
                + "w.predicted_mean, w.predicted_p90 FROM tickets t LEFT JOIN ticket_promises w ON w.ticket_id = t.id "
                + "WHERE t.business_date = ? AND t.status <> 'VOIDED' AND (? IS NULL OR t.service_id = ?) "
                + "ORDER BY t.issued_at, t.id")) {
            p.setString(1, businessDate.toString());
            p.setString(2, serviceId);
            p.setString(3, serviceId);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(new TicketRow(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                            Instant.ofEpochMilli(r.getLong(5)), instant(r, 6), instant(r, 7), nullable(r, 8),
                            nullable(r, 9)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("could not read the day's tickets: " + e.getMessage(), e);
        }
        return out;
    }

    /** What one row's parameters are set from. */
    private interface Binder<T> {
        void bind(PreparedStatement p, T row) throws SQLException;
    }

    /** Inserts every row with {@code sql} in one transaction: all of them, or (on an error) none. */
    private synchronized <T> void insertAll(String sql, List<T> rows, Binder<T> binder) throws StoreException {
        try {
            connection.setAutoCommit(false);
            try (PreparedStatement p = connection.prepareStatement(sql)) {
                for (T row : rows) {
                    binder.bind(p, row);
                    p.addBatch();
                }
                p.executeBatch();
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("could not record the wait history: " + e.getMessage(), e);
        }
    }

    private static Instant instant(ResultSet r, int column) throws SQLException {
        long v = r.getLong(column);
        return r.wasNull() ? null : Instant.ofEpochMilli(v);
    }

    private static Double nullable(ResultSet r, int column) throws SQLException {
        double v = r.getDouble(column);
        return r.wasNull() ? null : v;
    }

    private static void setNullable(PreparedStatement p, int index, Double v) throws SQLException {
        if (v == null) {
            p.setNull(index, Types.REAL);
        } else {
            p.setDouble(index, v);
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.warn("closing the wait history: {}", e.getMessage());
        }
    }
}
