package hallq.controller.adapter.sqlite;

import hallq.controller.core.Ticket;
import hallq.controller.core.TicketEvent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Look-ups of ticket rows and ticket event rows on the reader connection; {@link TicketStatements} writes them. */
final class TicketReads {
    private TicketReads() {
    }

    /** The given day's tickets, and unfinished ones of any earlier day. */
    static List<Ticket> toHold(Connection c, LocalDate day) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM tickets WHERE business_date = ? OR "
                + "status IN ('WAITING', 'CALLED', 'SERVING', 'POSTPONED') ORDER BY id")) {
            ps.setString(1, day.toString());
            return TicketStatements.read(ps);
        }
    }

    /**
     * Service times (call to finish, minutes) of the tickets done from {@code from} on, per service,
     * oldest first, at most the latest {@code perService} of each.
     */
    static Map<String, List<Double>> serviceMinutes(Connection c, LocalDate from, int perService) throws SQLException {
        Map<String, Deque<Double>> latest = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT service_id, called_at, finished_at FROM tickets "
                + "WHERE business_date >= ? AND status = 'DONE' AND called_at IS NOT NULL AND finished_at IS NOT NULL "
                + "ORDER BY finished_at")) {
            ps.setString(1, from.toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Deque<Double> times = latest.computeIfAbsent(rs.getString(1), k -> new ArrayDeque<>());
                    times.addLast((rs.getLong(3) - rs.getLong(2)) / 60_000.0);
                    if (times.size() > perService) {
                        times.removeFirst();
                    }
                }
            }
        }
        Map<String, List<Double>> out = new HashMap<>();
        latest.forEach((service, times) -> out.put(service, List.copyOf(times)));
        return out;
    }

    /** The business day a clientRequestId was used on, or null when it never was. */
    static LocalDate dayOfRequest(Connection c, String clientRequestId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT business_date FROM tickets WHERE client_request_id = ?")) {
            ps.setString(1, clientRequestId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? LocalDate.parse(rs.getString(1)) : null;
            }
        }
    }

    /** The recorded path of one ticket, oldest first. */
    static List<TicketEvent> events(Connection c, long ticketId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM ticket_events WHERE ticket_id = ? ORDER BY id")) {
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

    /** The latest instant anything was stored at (ticket and window events), or null before the first. */
    static Instant latestInstant(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT MAX(m) FROM (SELECT MAX(at) AS m FROM ticket_events "
                + "UNION ALL SELECT MAX(at) FROM window_events)")) {
            long at = rs.next() ? rs.getLong(1) : 0;
            return rs.wasNull() ? null : Instant.ofEpochMilli(at);
        }
    }

    static long maxId(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT MAX(id) FROM tickets")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** The latest business day with tickets, or null. */
    static LocalDate latestDay(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT MAX(business_date) FROM tickets")) {
            String day = rs.next() ? rs.getString(1) : null;
            return day == null ? null : LocalDate.parse(day);
        }
    }

    /** The highest number of each prefix on the latest business day with tickets ("A052", "B017"). */
    static List<String> lastNumbers(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                SELECT number, MAX(seq) FROM tickets WHERE business_date = (SELECT MAX(business_date) FROM tickets)
                GROUP BY substr(number, 1, 1) ORDER BY number""")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
