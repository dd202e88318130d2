package hallq.controller.adapter.sqlite;

import hallq.controller.core.Appointment;
import hallq.controller.core.CitySupervision;
import hallq.controller.core.HallHandover;
import hallq.controller.core.LedgerEntry;
import hallq.controller.core.Notice;
import hallq.controller.core.Rating;
import hallq.controller.core.SlotQuota;
import hallq.controller.core.WorkOrder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Ledger records: ratings, rectification work orders and supervision notices; appointments and slot
 * quotas are {@link AppointmentRows}.
 */
final class LedgerRows {
    private LedgerRows() {
    }

    static void save(Connection c, LedgerEntry entry) throws SQLException {
        if (entry instanceof Rating r) {
            insertRating(c, r);
        } else if (entry instanceof WorkOrder w) {
            saveWorkOrder(c, w);
        } else if (entry instanceof Appointment a) {
            AppointmentRows.upsert(c, a);
        } else if (entry instanceof SlotQuota q) {
            AppointmentRows.saveQuota(c, q);
        } else if (entry instanceof Notice n) {
            insertNotice(c, n);
        } else if (entry instanceof CitySupervision s) {
            CitySupervisionRows.save(c, s);
        } else if (entry instanceof HallHandover h) {
            HandoverRows.save(c, h);
        }
    }

    private static void saveWorkOrder(Connection c, WorkOrder w) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO work_orders (id, rating_id, ticket_id, ticket_number, service_id, window_no, clerk, score,
                    comment, status, opened_at, dispatched_on, accept_due, finish_due, extended_days, handler,
                    resolution, accept_overdue, finish_overdue, event, actor, note, changed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET status = excluded.status, dispatched_on = excluded.dispatched_on,
                    accept_due = excluded.accept_due, finish_due = excluded.finish_due,
                    extended_days = excluded.extended_days, handler = excluded.handler, resolution = excluded.resolution,
                    accept_overdue = excluded.accept_overdue, finish_overdue = excluded.finish_overdue,
                    event = excluded.event, actor = excluded.actor, note = excluded.note,
                    changed_at = excluded.changed_at""")) {
            ps.setLong(1, w.id());
            ps.setLong(2, w.ratingId());
            ps.setLong(3, w.ticketId());
            ps.setString(4, w.ticketNumber());
            ps.setString(5, w.serviceId());
            ps.setInt(6, w.window());
            ps.setString(7, w.clerk());
            ps.setInt(8, w.score());
            ps.setString(9, w.comment());
            ps.setString(10, w.status().name());
            ps.setLong(11, w.openedAt().toEpochMilli());
            ps.setString(12, w.dispatchedOn().toString());
            ps.setString(13, w.acceptDue() == null ? null : w.acceptDue().toString());
            ps.setString(14, w.finishDue() == null ? null : w.finishDue().toString());
            ps.setInt(15, w.extendedDays());
            ps.setString(16, w.handler());
            ps.setString(17, w.resolution());
            ps.setInt(18, w.acceptOverdue() ? 1 : 0);
            ps.setInt(19, w.finishOverdue() ? 1 : 0);
            ps.setString(20, w.event().name());
            ps.setString(21, w.actor());
            ps.setString(22, w.note());
            ps.setLong(23, w.at().toEpochMilli());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO work_order_events (work_order_id, event, status, actor, note, at) VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, w.id());
            ps.setString(2, w.event().name());
            ps.setString(3, w.status().name());
            ps.setString(4, w.actor());
            ps.setString(5, w.note());
            ps.setLong(6, w.at().toEpochMilli());
            ps.executeUpdate();
        }
    }

    /** Work orders: {@code where} is a SQL condition with {@code ?} for {@code args} (strings). */
    static List<WorkOrder> workOrders(Connection c, String where, String... args) throws SQLException {
        List<WorkOrder> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM work_orders WHERE " + where + " ORDER BY id")) {
            for (int i = 0; i < args.length; i++) {
                ps.setString(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String accept = rs.getString("accept_due");
                    String finish = rs.getString("finish_due");
                    out.add(new WorkOrder(rs.getLong("id"), rs.getLong("rating_id"), rs.getLong("ticket_id"),
                            rs.getString("ticket_number"), rs.getString("service_id"), rs.getInt("window_no"),
                            rs.getString("clerk"), rs.getInt("score"), rs.getString("comment"),
                            WorkOrder.Status.valueOf(rs.getString("status")), TicketStatements.time(rs, "opened_at"),
                            LocalDate.parse(rs.getString("dispatched_on")),
                            accept == null ? null : LocalDate.parse(accept), finish == null ? null : LocalDate.parse(finish),
                            rs.getInt("extended_days"), rs.getString("handler"), rs.getString("resolution"),
                            rs.getInt("accept_overdue") == 1, rs.getInt("finish_overdue") == 1,
                            WorkOrder.Event.valueOf(rs.getString("event")), rs.getString("actor"), rs.getString("note"),
                            TicketStatements.time(rs, "changed_at")));
                }
            }
        }
        return out;
    }

    private static void insertNotice(Connection c, Notice n) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO notices (id, kind, key, business_date, at, service_id, window_no, ticket_id, message)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            ps.setLong(1, n.id());
            ps.setString(2, n.kind().name());
            ps.setString(3, n.key());
            ps.setString(4, n.businessDate().toString());
            ps.setLong(5, n.at().toEpochMilli());
            ps.setString(6, n.serviceId());
            ps.setObject(7, n.window());
            ps.setObject(8, n.ticketId());
            ps.setString(9, n.message());
            ps.executeUpdate();
        }
    }

    static List<Notice> notices(Connection c, LocalDate day) throws SQLException {
        List<Notice> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM notices WHERE business_date = ? ORDER BY id")) {
            ps.setString(1, day.toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int window = rs.getInt("window_no");
                    Integer w = rs.wasNull() ? null : window;
                    long ticket = rs.getLong("ticket_id");
                    Long t = rs.wasNull() ? null : ticket;
                    out.add(new Notice(rs.getLong("id"), Notice.Kind.valueOf(rs.getString("kind")), rs.getString("key"),
                            LocalDate.parse(rs.getString("business_date")), TicketStatements.time(rs, "at"),
                            rs.getString("service_id"), w, t, rs.getString("message")));
                }
            }
        }
        return out;
    }

    private static void insertRating(Connection c, Rating r) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO ratings (id, ticket_id, ticket_number, business_date, service_id, window_no, clerk, score,
                                     comment, source, rated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            ps.setLong(1, r.id());
            ps.setLong(2, r.ticketId());
            ps.setString(3, r.ticketNumber());
            ps.setString(4, r.businessDate().toString());
            ps.setString(5, r.serviceId());
            ps.setInt(6, r.window());
            ps.setString(7, r.clerk());
            ps.setInt(8, r.score());
            ps.setString(9, r.comment());
            ps.setString(10, r.source().name());
            ps.setLong(11, r.at().toEpochMilli());
            ps.executeUpdate();
        }
    }

    /** Ratings of one business day, oldest first. */
    static List<Rating> ratings(Connection c, LocalDate day) throws SQLException {
        List<Rating> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM ratings WHERE business_date = ? ORDER BY id")) {
            ps.setString(1, day.toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Rating(rs.getLong("id"), rs.getLong("ticket_id"), rs.getString("ticket_number"),
                            LocalDate.parse(rs.getString("business_date")), rs.getString("service_id"),
                            rs.getInt("window_no"), rs.getString("clerk"), rs.getInt("score"), rs.getString("comment"),
                            Rating.Source.valueOf(rs.getString("source")), TicketStatements.time(rs, "rated_at")));
                }
            }
        }
        return out;
    }

    static long maxId(Connection c, String table) throws SQLException {
        try (var s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT MAX(id) FROM " + table)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }
}
