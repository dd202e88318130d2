package hallq.controller.service;

import hallq.protocol.WindowState;
import hallq.protocol.mqtt.CallEvent;
import hallq.protocol.mqtt.HallSnapshot;
import hallq.protocol.rest.ServiceView;
import hallq.protocol.rest.WindowView;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The day's waits as they were predicted and as they turned out, kept in SQLite for the manager's
 * dashboard. Once every hall minute, for each service that takes tickets or has citizens waiting:
 * how many wait, how many open windows serve it, and the wait a new arrival would be told (mean and
 * p90). For each ticket, the wait it was told when it was issued. What each ticket then waited is
 * read from the tickets themselves.
 *
 * <p>A thread of its own writes on a connection of its own, so nothing here is on a request's path
 * or in a queue batch. The minute follows the hall's clock (the one the queue runs on). Rows older
 * than {@value #KEEP_DAYS} days are deleted on the first sample of each business day.
 */
public final class WaitHistory implements HallListener, AutoCloseable {
    public static final int KEEP_DAYS = 62;
    private static final Logger LOG = LoggerFactory.getLogger(WaitHistory.class);
    private static final int MAX_PENDING = 10_000;
    private final QueueService service;
    private final ZoneId zone;
    private final Connection connection;
    private final BlockingQueue<Issued> pending = new LinkedBlockingQueue<>(MAX_PENDING);
    private final Thread thread;
    private volatile boolean running = true;
    private LocalDateTime lastMinute;
    private LocalDate prunedFor;
    private final AtomicLong dropped = new AtomicLong();

    /** A minute of one service: the queue, its windows and what a new arrival would have been told. */
    public record Sample(OffsetDateTime at, int waiting, int openWindows, double servingWindows,
                         Double predictedWaitMinutes, Double predictedWaitP90Minutes) {
    }

    /**
     * One ticket: the wait it was told at issue (null when that was not recorded, or no window served
     * it) and the time from issue to its first call, or until now (still waiting) or the day's end.
     */
    public record TicketWait(String number, String serviceId, String priority, String status, OffsetDateTime issuedAt,
                             OffsetDateTime calledAt, Double promisedMinutes, Double promisedP90Minutes,
                             double waitedMinutes, boolean stillWaiting) {
    }

    /**
     * Promise against outcome. {@code called}: tickets told a wait and called since, over which the
     * means are taken. {@code overP90}: tickets that waited longer than the p90 they were told, called
     * or still waiting; {@code overP90Share} is their share of {@code called} plus those still waiting
     * past it (a ticket still waiting within its range is not judged yet).
     */
    public record Summary(int tickets, int called, Double meanPromisedMinutes, Double meanWaitedMinutes, int overP90,
                          Double overP90Share) {
    }

    public record Day(LocalDate date, String serviceId, OffsetDateTime asOf, List<Sample> samples,
                      List<TicketWait> tickets, Summary summary) {
    }

    private WaitHistory(QueueService service, Path database) throws SQLException {
        this.service = service;
        this.zone = ZoneId.of(service.config().hall().timezone());
        this.connection = DriverManager.getConnection("jdbc:sqlite:" + database.toAbsolutePath());
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA journal_mode=WAL");
            s.execute("PRAGMA busy_timeout=5000");
        }
        this.thread = new Thread(this::run, "wait-history");
        thread.setDaemon(true);
    }

    /**
     * Starts recording into the hall's database (whose migrations must have run): samples once a
     * hall minute, checked every second, and the predictions of new tickets as they are stored.
     */
    public static WaitHistory start(QueueService service, Path database) throws SQLException {
        WaitHistory h = new WaitHistory(service, database);
        service.addListener(h);
        h.thread.start();
        return h;
    }

    @Override
    public void changed(List<CallEvent> calls, List<WindowView> windows) {
    }

    /** Called under the queue's lock: only hands the predictions over to this history's thread. */
    @Override
    public void issued(List<Issued> tickets) {
        for (Issued t : tickets) {
            if (!pending.offer(t) && dropped.getAndIncrement() % 1000 == 0) {
                LOG.warn("wait history is behind: {} ticket predictions not recorded so far", dropped.get());
            }
        }
    }

    private void run() {
        while (running) {
            try {
                Issued first = pending.poll(1, TimeUnit.SECONDS);
                if (first != null) {
                    List<Issued> batch = new ArrayList<>();
                    batch.add(first);
                    pending.drainTo(batch, 999);
                    writePromises(batch);
                }
                sampleIfDue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (SQLException | RuntimeException e) {
                LOG.error("wait history not recorded: {}", e.getMessage());
            }
        }
    }

    /** Takes this minute's sample unless it was taken already. */
    synchronized void sampleIfDue() throws SQLException {
        Instant now = service.clock().instant();
        LocalDateTime minute = LocalDateTime.ofInstant(now, zone).truncatedTo(ChronoUnit.MINUTES);
        if (minute.equals(lastMinute)) {
            return;
        }
        HallSnapshot hall = service.snapshot();
        lastMinute = minute;
        if (!hall.businessDate().equals(prunedFor)) {
            prune(hall.businessDate());
        }
        int minuteOfDay = minute.getHour() * 60 + minute.getMinute();
        // a service a new arrival could not take a ticket for, with nobody waiting, has nothing to predict
        List<ServiceView> sampled = hall.queues().stream().filter(s -> s.accepting() || s.waiting() > 0).toList();
        insertAll("INSERT OR IGNORE INTO wait_samples (business_date, minute, service_id, at, waiting, open_windows, "
                + "serving_windows, predicted_mean, predicted_p90) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", sampled, (p, s) -> {
                    p.setString(1, hall.businessDate().toString());
                    p.setInt(2, minuteOfDay);
                    p.setString(3, s.id());
                    p.setLong(4, now.toEpochMilli());
                    p.setInt(5, s.waiting());
                    p.setInt(6, openWindows(hall.windows(), s.id()));
                    p.setDouble(7, s.servingWindows());
                    setNullable(p, 8, s.predictedWaitMinutes());
                    setNullable(p, 9, s.predictedWaitP90Minutes());
                });
    }

    /** What one row's parameters are set from. */
    private interface Binder<T> {
        void bind(PreparedStatement p, T row) throws SQLException;
    }

    /** Inserts every row with {@code sql} in one transaction: all of them, or (on an error) none. */
    private synchronized <T> void insertAll(String sql, List<T> rows, Binder<T> binder) throws SQLException {
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
    }

    private static int openWindows(List<WindowView> windows, String serviceId) {
        return (int) windows.stream().filter(w -> w.state() == WindowState.OPEN && w.services().contains(serviceId))
                .count();
    }

    private void prune(LocalDate today) throws SQLException {
        String before = today.minusDays(KEEP_DAYS).toString();
        try (PreparedStatement a = connection.prepareStatement("DELETE FROM wait_samples WHERE business_date < ?");
             PreparedStatement b = connection.prepareStatement("DELETE FROM ticket_promises WHERE business_date < ?")) {
            a.setString(1, before);
            b.setString(1, before);
            int rows = a.executeUpdate() + b.executeUpdate();
            if (rows > 0) {
                LOG.info("wait history: {} rows from before {} deleted", rows, before);
            }
        }
        prunedFor = today;
    }

    private void writePromises(List<Issued> batch) throws SQLException {
        insertAll("INSERT OR IGNORE INTO ticket_promises (ticket_id, business_date, predicted_mean, predicted_p90) "
                + "VALUES (?, ?, ?, ?)", batch, (p, t) -> {
                    p.setLong(1, t.ticketId());
                    p.setString(2, t.businessDate().toString());
                    setNullable(p, 3, t.predictedWaitMinutes());
                    setNullable(p, 4, t.predictedWaitP90Minutes());
                });
    }

    /** A day's samples of one service (none when {@code serviceId} is null) and its tickets (all services when null). */
    public synchronized Day day(LocalDate date, String serviceId) {
        Instant now = service.clock().instant();
        try {
            List<Sample> samples = serviceId == null ? List.of() : samples(date, serviceId);
            List<TicketWait> tickets = tickets(date, serviceId, now);
            return new Day(date, serviceId, time(now), samples, tickets, summary(tickets));
        } catch (SQLException e) {
            throw new StorageFailure("could not read the wait history", e);
        }
    }

    private List<Sample> samples(LocalDate date, String serviceId) throws SQLException {
        List<Sample> out = new ArrayList<>();
        try (PreparedStatement p = connection.prepareStatement("SELECT at, waiting, open_windows, serving_windows, "
                + "predicted_mean, predicted_p90 FROM wait_samples WHERE business_date = ? AND service_id = ? "
                + "ORDER BY minute")) {
            p.setString(1, date.toString());
            p.setString(2, serviceId);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(new Sample(time(Instant.ofEpochMilli(r.getLong(1))), r.getInt(2), r.getInt(3), r.getDouble(4),
                            nullable(r, 5), nullable(r, 6)));
                }
            }
        }
        return out;
    }

    private List<TicketWait> tickets(LocalDate date, String serviceId, Instant now) throws SQLException {
        List<TicketWait> out = new ArrayList<>();
        try (PreparedStatement p = connection.prepareStatement("SELECT t.number, t.service_id, t.priority, t.status, "
                + "t.issued_at, (SELECT MIN(e.at) FROM ticket_events e WHERE e.ticket_id = t.id AND e.type = 'CALLED'), "
                + "(SELECT MAX(e.at) FROM ticket_events e WHERE e.ticket_id = t.id AND e.type = 'EXPIRED'), "
                + "w.predicted_mean, w.predicted_p90 FROM tickets t LEFT JOIN ticket_promises w ON w.ticket_id = t.id "
                + "WHERE t.business_date = ? AND t.status <> 'VOIDED' AND (? IS NULL OR t.service_id = ?) "
                + "ORDER BY t.issued_at, t.id")) {
            p.setString(1, date.toString());
            p.setString(2, serviceId);
            p.setString(3, serviceId);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    long issued = r.getLong(5);
                    long called = r.getLong(6);
                    boolean wasCalled = !r.wasNull();
                    long expired = r.getLong(7);
                    boolean didExpire = !r.wasNull();
                    String status = r.getString(4);
                    boolean waiting = !wasCalled && !didExpire;
                    long end = wasCalled ? called : didExpire ? expired : Math.max(issued, now.toEpochMilli());
                    out.add(new TicketWait(r.getString(1), r.getString(2), r.getString(3), status,
                            time(Instant.ofEpochMilli(issued)), wasCalled ? time(Instant.ofEpochMilli(called)) : null,
                            nullable(r, 8), nullable(r, 9), round((end - issued) / 60_000.0), waiting));
                }
            }
        }
        return out;
    }

    static Summary summary(List<TicketWait> tickets) {
        int called = 0;
        int judged = 0;
        int over = 0;
        double promised = 0;
        double waited = 0;
        for (TicketWait t : tickets) {
            if (t.promisedMinutes() == null) {
                continue;
            }
            boolean past = t.waitedMinutes() > t.promisedP90Minutes();
            if (!t.stillWaiting()) {
                called++;
                judged++;
                promised += t.promisedMinutes();
                waited += t.waitedMinutes();
            } else if (past) {
                judged++;
            }
            over += past ? 1 : 0;
        }
        return new Summary(tickets.size(), called, called == 0 ? null : round(promised / called),
                called == 0 ? null : round(waited / called), over,
                judged == 0 ? null : Math.round(over * 1000.0 / judged) / 1000.0);
    }

    private OffsetDateTime time(Instant t) {
        return t.atZone(zone).toOffsetDateTime();
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
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
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.warn("closing the wait history: {}", e.getMessage());
            }
        }
    }
}
