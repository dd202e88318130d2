package hallq.controller.adapter.sqlite;

import hallq.controller.core.Change;
import hallq.controller.core.LedgerEntry;
import hallq.controller.core.PolicyDecision;
import hallq.controller.core.Rating;
import hallq.protocol.config.PolicyConfig;
import hallq.controller.core.Ticket;
import hallq.controller.core.TicketEvent;
import hallq.controller.core.Window;
import hallq.controller.core.WindowEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;

/**
 * The durable side of the controller: one SQLite file in WAL mode with synchronous=FULL, so a
 * change is on disk before {@link #save} returns. One writer connection (callers serialise) and
 * one reader connection for look-ups.
 */
public final class SqliteStore implements AutoCloseable {
    private final Connection writer;
    private final Connection reader;
    private final TicketStatements ticketSql;

    public SqliteStore(Path file) throws SQLException {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (java.io.IOException e) {
            throw new SQLException("cannot create the data folder for " + file + ": " + e.getMessage(), e);
        }
        String url = "jdbc:sqlite:" + file.toAbsolutePath();
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration")
                .loggers("slf4j").load().migrate();
        writer = open(url);
        reader = open(url);
        writer.setAutoCommit(false);
        ticketSql = new TicketStatements(writer);
    }

    private static Connection open(String url) throws SQLException {
        Connection c = DriverManager.getConnection(url);
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode=WAL");
            s.execute("PRAGMA synchronous=FULL");
            s.execute("PRAGMA foreign_keys=ON");
            s.execute("PRAGMA busy_timeout=5000");
        }
        return c;
    }

    /** Stores a whole change in one transaction; on failure nothing of it is stored. */
    public void save(Change change) throws SQLException {
        stage(change);
        commit();
    }

    /**
     * Writes a change into the open transaction without committing it: several changes can share
     * one commit (group commit). Follow with {@link #commit()} or {@link #rollback()}.
     */
    public void stage(Change change) throws SQLException {
        for (Ticket t : change.tickets()) {
            ticketSql.upsert(t);
        }
        for (TicketEvent e : change.ticketEvents()) {
            ticketSql.event(e);
        }
        for (Window w : change.windows()) {
            WindowRows.upsert(writer, w);
        }
        for (WindowEvent e : change.windowEvents()) {
            WindowRows.event(writer, e);
        }
        for (PolicyDecision d : change.decisions()) {
            PolicyRows.upsert(writer, d);
        }
        for (LedgerEntry e : change.ledger()) {
            LedgerRows.save(writer, e);
        }
        if (change.policy() != null) {
            PolicyRows.saveSettings(writer, change.policy(), System.currentTimeMillis());
        }
    }

    /** Makes everything staged durable (fsync): only then may it be acknowledged. */
    public void commit() throws SQLException {
        try {
            writer.commit();
        } catch (SQLException e) {
            rollback();
            throw e;
        }
    }

    public void rollback() {
        try {
            writer.rollback();
        } catch (SQLException e) {
            org.slf4j.LoggerFactory.getLogger(SqliteStore.class).error("rollback failed", e);
        }
    }

    /** Tickets the controller must hold: the given day's, and unfinished ones of any earlier day. */
    public synchronized List<Ticket> loadTickets(LocalDate day) throws SQLException {
        try (PreparedStatement ps = reader.prepareStatement("SELECT * FROM tickets WHERE business_date = ? OR "
                + "status IN ('WAITING', 'CALLED', 'SERVING', 'POSTPONED') ORDER BY id")) {
            ps.setString(1, day.toString());
            return TicketStatements.read(ps);
        }
    }

    /** The business day a clientRequestId was used on, or null when it never was. */
    public synchronized LocalDate dayOfRequest(String clientRequestId) throws SQLException {
        try (PreparedStatement ps = reader.prepareStatement(
                "SELECT business_date FROM tickets WHERE client_request_id = ?")) {
            ps.setString(1, clientRequestId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? LocalDate.parse(rs.getString(1)) : null;
            }
        }
    }

    /** The latest instant anything was stored at (ticket and window events), or null before the first. */
    public synchronized java.time.Instant latestInstant() throws SQLException {
        try (Statement s = reader.createStatement(); ResultSet rs = s.executeQuery("SELECT MAX(m) FROM ("
                + "SELECT MAX(at) AS m FROM ticket_events UNION ALL SELECT MAX(at) FROM window_events)")) {
            long at = rs.next() ? rs.getLong(1) : 0;
            return rs.wasNull() ? null : java.time.Instant.ofEpochMilli(at);
        }
    }

    public synchronized long maxTicketId() throws SQLException {
        try (Statement s = reader.createStatement(); ResultSet rs = s.executeQuery("SELECT MAX(id) FROM tickets")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    public synchronized List<Window> loadWindows() throws SQLException {
        return WindowRows.load(reader);
    }

    /** Open policy decisions, the latest closed ones, and the last opening of each window. */
    public synchronized List<PolicyDecision> loadDecisions() throws SQLException {
        return PolicyRows.load(reader, 200);
    }

    /** Policy settings a manager changed live, or null. */
    public synchronized PolicyConfig loadPolicy() throws SQLException {
        return PolicyRows.loadSettings(reader);
    }

    /** Ratings given on one business day, oldest first. */
    public synchronized List<Rating> ratings(LocalDate day) throws SQLException {
        return LedgerRows.ratings(reader, day);
    }

    public synchronized long maxRatingId() throws SQLException {
        return LedgerRows.maxId(reader, "ratings");
    }

    public synchronized long maxNoticeId() throws SQLException {
        return LedgerRows.maxId(reader, "notices");
    }

    /** Supervision notices of one business day, oldest first. */
    public synchronized List<hallq.controller.core.Notice> notices(LocalDate day) throws SQLException {
        return LedgerRows.notices(reader, day);
    }

    public synchronized long maxWorkOrderId() throws SQLException {
        return LedgerRows.maxId(reader, "work_orders");
    }

    /** Work orders not finished, and those that changed on or after {@code since} (a local date). */
    public synchronized List<hallq.controller.core.WorkOrder> workOrdersToHold(java.time.Instant since)
            throws SQLException {
        return LedgerRows.workOrders(reader, "status != 'FINISHED' OR changed_at >= ?",
                Long.toString(since.toEpochMilli()));
    }

    /** Work orders dispatched within {@code [from, to]}, oldest first. */
    public synchronized List<hallq.controller.core.WorkOrder> workOrders(LocalDate from, LocalDate to)
            throws SQLException {
        return LedgerRows.workOrders(reader, "dispatched_on >= ? AND dispatched_on <= ?", from.toString(), to.toString());
    }

    public synchronized long maxAppointmentId() throws SQLException {
        return LedgerRows.maxId(reader, "appointments");
    }

    /** Appointments of {@code from} and after, and any still booked from before; slot quotas from then on. */
    public synchronized List<LedgerEntry> appointmentsFrom(LocalDate from) throws SQLException {
        List<LedgerEntry> out = new ArrayList<>(LedgerRows.appointments(reader, from));
        out.addAll(LedgerRows.quotas(reader, from));
        return out;
    }

    /** A service's appointment history over days {@code [from, to)}: no-show and fill rates. */
    public synchronized hallq.controller.core.Quotas.Demand appointmentDemand(String serviceId, LocalDate from,
                                                                             LocalDate to) throws SQLException {
        return LedgerRows.demand(reader, serviceId, from, to);
    }

    /** The recorded path of one ticket, oldest first. */
    public synchronized List<TicketEvent> events(long ticketId) throws SQLException {
        try (PreparedStatement ps = reader.prepareStatement(
                "SELECT * FROM ticket_events WHERE ticket_id = ? ORDER BY id")) {
            ps.setLong(1, ticketId);
            List<TicketEvent> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(TicketStatements.event(rs));
                }
            }
            return out;
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            reader.close();
        } finally {
            writer.close();
        }
    }
}
