package hallq.controller.adapter.sqlite;

import hallq.controller.core.Rating;
import hallq.controller.core.Ticket;
import hallq.controller.core.TicketEvent;
import hallq.controller.core.Window;
import hallq.controller.core.WindowEvent;
import hallq.controller.report.DayRecord;
import hallq.controller.report.ReportSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads what reports need from the hall's SQLite file over its own connection, which may only read
 * ({@code PRAGMA query_only}): reports never queue behind the writer, and never change anything.
 * Each day is read in one transaction, so its figures agree with each other.
 */
public final class SqliteReportSource implements ReportSource, AutoCloseable {
    private static final String STATE_CHANGES = "('OPENED', 'PAUSED', 'RESUMED', 'CLOSED')";
    private final Connection c;
    /** Tables of the file: one written by an older controller may lack the later ones (read as empty). */
    private final Set<String> tables = new HashSet<>();

    /** Opens an existing store; fails (saying why) if there is none, since reports never create one. */
    public SqliteReportSource(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new Unreadable("no hall database at " + file, null);
        }
        try {
            c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA busy_timeout=5000");
                s.execute("PRAGMA query_only=1");
                try (ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
                    while (rs.next()) {
                        tables.add(rs.getString(1));
                    }
                }
            }
            c.setAutoCommit(false);
        } catch (SQLException e) {
            throw new Unreadable("cannot read the hall database " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized DayRecord day(LocalDate date, Instant start, Instant end) {
        try {
            try {
                return read(date, start, end);
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw new Unreadable("could not read the records of " + date + ": " + e.getMessage(), e);
        }
    }

    private DayRecord read(LocalDate date, Instant start, Instant end) throws SQLException {
        List<Ticket> tickets;
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM tickets WHERE business_date = ? ORDER BY id")) {
            ps.setString(1, date.toString());
            tickets = TicketStatements.read(ps);
        }
        List<TicketEvent> events = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT e.* FROM ticket_events e JOIN tickets t "
                + "ON t.id = e.ticket_id WHERE t.business_date = ? ORDER BY e.id")) {
            ps.setString(1, date.toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    events.add(TicketStatements.event(rs));
                }
            }
        }
        List<WindowEvent> day = windowEvents("SELECT * FROM window_events WHERE at >= ? AND at < ? ORDER BY at, id",
                start, end);
        List<WindowEvent> before = windowEvents("SELECT * FROM window_events WHERE id IN (SELECT MAX(id) FROM "
                + "window_events WHERE at < ? AND type IN " + STATE_CHANGES + " GROUP BY window_no)", start, null);
        List<WindowEvent> from = windowEvents("SELECT * FROM window_events WHERE id IN (SELECT MIN(id) FROM "
                + "window_events WHERE at >= ? AND type IN " + STATE_CHANGES + " GROUP BY window_no)", start, null);
        List<Window> current = WindowRows.load(c);
        List<Rating> ratings = LedgerRows.ratings(c, date);
        List<DayRecord.AppointmentCount> appointments = new ArrayList<>();
        if (tables.contains("appointments")) {
            try (PreparedStatement ps = c.prepareStatement("SELECT service_id, status, COUNT(*) FROM appointments "
                    + "WHERE day = ? GROUP BY service_id, status ORDER BY service_id, status")) {
                ps.setString(1, date.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        appointments.add(new DayRecord.AppointmentCount(rs.getString(1), rs.getString(2), rs.getInt(3)));
                    }
                }
            }
        }
        List<DayRecord.WorkOrderMark> workOrders = new ArrayList<>();
        if (tables.contains("work_orders")) {
            marks(workOrders, DayRecord.WorkOrderMark.Mark.OPENED, "SELECT service_id, window_no, status != 'FINISHED' "
                    + "FROM work_orders WHERE opened_at >= ? AND opened_at < ? ORDER BY id", start, end);
            marks(workOrders, DayRecord.WorkOrderMark.Mark.FINISHED, "SELECT w.service_id, w.window_no, "
                    + "w.finish_overdue FROM work_order_events e JOIN work_orders w ON w.id = e.work_order_id "
                    + "WHERE e.event = 'FINISHED' AND e.at >= ? AND e.at < ? ORDER BY e.id", start, end);
            marks(workOrders, DayRecord.WorkOrderMark.Mark.OVERDUE, "SELECT w.service_id, w.window_no, 1 FROM "
                    + "work_orders w WHERE w.id IN (SELECT work_order_id FROM work_order_events WHERE event IN "
                    + "('ACCEPT_OVERDUE', 'FINISH_OVERDUE') AND at >= ? AND at < ?) ORDER BY w.id", start, end);
        }
        List<DayRecord.NoticeCount> notices = new ArrayList<>();
        if (tables.contains("notices")) {
            try (PreparedStatement ps = c.prepareStatement("SELECT kind, service_id, window_no, COUNT(*) FROM notices "
                    + "WHERE business_date = ? GROUP BY kind, service_id, window_no ORDER BY kind, service_id, window_no")) {
                ps.setString(1, date.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        notices.add(new DayRecord.NoticeCount(rs.getString(1), rs.getString(2),
                                TicketStatements.integer(rs, "window_no"), rs.getInt(4)));
                    }
                }
            }
        }
        return new DayRecord(date, tickets, events, day, before, from, current, ratings, appointments, workOrders,
                notices);
    }

    private void marks(List<DayRecord.WorkOrderMark> out, DayRecord.WorkOrderMark.Mark mark, String sql, Instant a,
                       Instant b) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, a.toEpochMilli());
            ps.setLong(2, b.toEpochMilli());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new DayRecord.WorkOrderMark(mark, rs.getString(1), rs.getInt(2), rs.getBoolean(3)));
                }
            }
        }
    }

    private List<WindowEvent> windowEvents(String sql, Instant a, Instant b) throws SQLException {
        List<WindowEvent> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, a.toEpochMilli());
            if (b != null) {
                ps.setLong(2, b.toEpochMilli());
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new WindowEvent(rs.getInt("window_no"), WindowEvent.Type.valueOf(rs.getString("type")),
                            TicketStatements.time(rs, "at"), rs.getString("actor"), rs.getString("detail")));
                }
            }
        }
        return out;
    }

    @Override
    public synchronized void close() {
        try {
            c.close();
        } catch (SQLException e) {
            throw new Unreadable("closing the hall database: " + e.getMessage(), e);
        }
    }
}
