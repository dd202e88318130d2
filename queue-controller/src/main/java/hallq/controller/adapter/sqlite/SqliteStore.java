package hallq.controller.adapter.sqlite;

import hallq.controller.auth.PrivateFiles;
import hallq.controller.core.Change;
import hallq.controller.core.CityFacts;
import hallq.controller.core.CitySupervision;
import hallq.controller.core.HallHandover;
import hallq.controller.core.LedgerEntry;
import hallq.controller.core.Notice;
import hallq.controller.core.PolicyDecision;
import hallq.controller.core.Quotas;
import hallq.controller.core.Rating;
import hallq.controller.core.Ticket;
import hallq.controller.core.TicketEvent;
import hallq.controller.core.Window;
import hallq.controller.core.WindowEvent;
import hallq.controller.core.WorkOrder;
import hallq.controller.service.QueueStore;
import hallq.controller.service.StoreException;
import hallq.protocol.config.PolicyConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.LoggerFactory;

/**
 * The durable side of the controller: one SQLite file in WAL mode with synchronous=FULL, so a
 * change is on disk before {@link #save} returns. One writer connection (callers serialise) and
 * one reader connection for look-ups.
 */
public final class SqliteStore implements QueueStore {
    private final Connection writer;
    private final Connection reader;
    private final TicketStatements ticketSql;
    private final OutboxRows outbox;
    private final ZoneId zone;

    /** Opens (and migrates) the hall's database, refusing one of a newer release; {@code zone} is the hall's, for the day of its city events. */
    public SqliteStore(Path file, ZoneId zone) throws SQLException {
        this.zone = zone;
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            if (!Files.exists(file)) {
                PrivateFiles.createFile(file); // the owner's only: SQLite gives its -wal and -shm the same mode
            }
            for (String suffix : List.of("", "-wal", "-shm")) {
                PrivateFiles.closeToOthers(Path.of(file + suffix)); // made by an earlier release with the umask's mode
            }
        } catch (IOException e) {
            throw new SQLException("cannot create the data folder for " + file + ": " + e.getMessage(), e);
        }
        Migrations.upToDate(file); // refuses a database of a newer release (Migrations.TooNew)
        String url = "jdbc:sqlite:" + file.toAbsolutePath();
        writer = open(url);
        reader = open(url);
        writer.setAutoCommit(false);
        ticketSql = new TicketStatements(writer);
        outbox = new OutboxRows(writer);
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
    @Override
    public void save(Change change) throws StoreException {
        stage(change);
        commit();
    }

    /**
     * Writes a change into the open transaction without committing it: several changes can share
     * one commit (group commit). Follow with {@link #commit()} or {@link #rollback()}.
     */
    @Override
    public void stage(Change change) throws StoreException {
        writeDo(() -> {
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
            outbox.append(CityFacts.of(change, zone)); // the city learns of it in the same transaction
        });
    }

    /** Makes everything staged durable (fsync): only then may it be acknowledged. */
    @Override
    public void commit() throws StoreException {
        writeDo(() -> {
            try {
                writer.commit();
            } catch (SQLException e) {
                rollback();
                throw e;
            }
        });
    }

    @Override
    public void rollback() {
        try {
            writer.rollback();
        } catch (SQLException e) {
            LoggerFactory.getLogger(SqliteStore.class).error("rollback failed", e);
        }
    }

    /** Tickets the controller must hold: the given day's, and unfinished ones of any earlier day. */
    @Override
    public List<Ticket> loadTickets(LocalDate day) throws StoreException {
        return read(() -> TicketReads.toHold(reader, day));
    }

    @Override
    public Map<String, List<Double>> serviceMinutes(LocalDate from, int perService) throws StoreException {
        return read(() -> TicketReads.serviceMinutes(reader, from, perService));
    }

    /** The business day a clientRequestId was used on, or null when it never was. */
    @Override
    public LocalDate dayOfRequest(String clientRequestId) throws StoreException {
        return read(() -> TicketReads.dayOfRequest(reader, clientRequestId));
    }

    /** The latest instant anything was stored at (ticket and window events), or null before the first. */
    @Override
    public Instant latestInstant() throws StoreException {
        return read(() -> {
            try (Statement s = reader.createStatement()) {
                return TicketReads.latestInstant(s);
            }
        });
    }

    @Override
    public long maxTicketId() throws StoreException {
        return read(() -> {
            try (Statement s = reader.createStatement()) {
                return TicketReads.maxId(s);
            }
        });
    }

    @Override
    public List<Window> loadWindows() throws StoreException {
        return read(() -> WindowRows.load(reader));
    }

    /** Open policy decisions, the latest closed ones, and the last opening of each window. */
    @Override
    public List<PolicyDecision> loadDecisions() throws StoreException {
        return read(() -> PolicyRows.load(reader, 200));
    }

    /** Policy settings a manager changed live, or null. */
    @Override
    public PolicyConfig loadPolicy() throws StoreException {
        return read(() -> PolicyRows.loadSettings(reader));
    }

    /** Ratings given on one business day, oldest first. */
    @Override
    public List<Rating> ratings(LocalDate day) throws StoreException {
        return read(() -> LedgerRows.ratings(reader, day));
    }

    @Override
    public long maxRatingId() throws StoreException {
        return read(() -> LedgerRows.maxId(reader, "ratings"));
    }

    @Override
    public long maxNoticeId() throws StoreException {
        return read(() -> LedgerRows.maxId(reader, "notices"));
    }

    /** Supervision notices of one business day, oldest first. */
    @Override
    public List<Notice> notices(LocalDate day) throws StoreException {
        return read(() -> LedgerRows.notices(reader, day));
    }

    @Override
    public long maxWorkOrderId() throws StoreException {
        return read(() -> LedgerRows.maxId(reader, "work_orders"));
    }

    /** Work orders not finished, and those that changed on or after {@code since} (a local date). */
    @Override
    public List<WorkOrder> workOrdersToHold(Instant since) throws StoreException {
        return read(() -> LedgerRows.workOrders(reader, "status != 'FINISHED' OR changed_at >= ?",
                Long.toString(since.toEpochMilli())));
    }

    /** Work orders dispatched within {@code [from, to]}, oldest first. */
    @Override
    public List<WorkOrder> workOrders(LocalDate from, LocalDate to) throws StoreException {
        return read(() -> LedgerRows.workOrders(reader, "dispatched_on >= ? AND dispatched_on <= ?", from.toString(),
                to.toString()));
    }

    @Override
    public List<CitySupervision> citySupervisionsToHold(Instant since) throws StoreException {
        return read(() -> CitySupervisionRows.toHold(reader, since));
    }

    @Override
    public List<HallHandover> handoversToHold(Instant since) throws StoreException {
        return read(() -> HandoverRows.toHold(reader, since));
    }

    @Override
    public long maxAppointmentId() throws StoreException {
        return read(() -> LedgerRows.maxId(reader, "appointments"));
    }

    /** Appointments of {@code from} and after, and any still booked from before; slot quotas from then on. */
    @Override
    public List<LedgerEntry> appointmentsFrom(LocalDate from) throws StoreException {
        return read(() -> {
            List<LedgerEntry> out = new ArrayList<>(AppointmentRows.appointments(reader, from));
            out.addAll(AppointmentRows.quotas(reader, from));
            return out;
        });
    }

    /** A service's appointment history over days {@code [from, to)}: no-show and fill rates. */
    @Override
    public Quotas.Demand appointmentDemand(String serviceId, LocalDate from, LocalDate to) throws StoreException {
        return read(() -> AppointmentRows.demand(reader, serviceId, from, to));
    }

    /** The recorded path of one ticket, oldest first. */
    @Override
    public List<TicketEvent> events(long ticketId) throws StoreException {
        return read(() -> TicketReads.events(reader, ticketId));
    }

    @Override
    public Optional<PendingRestore> pendingRestore() throws StoreException {
        return read(() -> RestoreRows.pending(reader));
    }

    @Override
    public int peakTicketsPerHour() throws StoreException {
        return read(() -> RestoreRows.peakPerHour(reader));
    }

    @Override
    public Map<String, Integer> numberingFloors(LocalDate day) throws StoreException {
        return read(() -> RestoreRows.floors(reader, day));
    }

    @Override
    public void resumeNumbering(long restoreId, LocalDate day, Map<String, Integer> floors, Instant at)
            throws StoreException {
        writeDo(() -> RestoreRows.resume(writer, restoreId, day, floors, at));
        commit();
    }

    @FunctionalInterface
    private interface Sql<T> {
        T run() throws SQLException;
    }

    @FunctionalInterface
    private interface SqlStep {
        void run() throws SQLException;
    }

    /** A look-up on the reader connection, one at a time. */
    private synchronized <T> T read(Sql<T> sql) throws StoreException {
        try {
            return sql.run();
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    /** A step on the writer connection; the caller (the one writer) serialises these. */
    private void writeDo(SqlStep sql) throws StoreException {
        try {
            sql.run();
        } catch (SQLException e) {
            throw new StoreException(e);
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
