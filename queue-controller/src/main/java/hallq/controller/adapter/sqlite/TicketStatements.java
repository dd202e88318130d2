package hallq.controller.adapter.sqlite;

import hallq.controller.core.Ticket;
import hallq.controller.core.TicketEvent;
import hallq.protocol.Channel;
import hallq.protocol.Priority;
import hallq.protocol.TicketStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Ticket rows and ticket event rows: prepared once, reused for every change. */
final class TicketStatements {
    private final PreparedStatement upsert;
    private final PreparedStatement event;

    TicketStatements(Connection c) throws SQLException {
        upsert = c.prepareStatement("""
                INSERT INTO tickets (id, business_date, service_id, seq, number, channel, priority, status, issued_at,
                    place_at, called_at, started_at, finished_at, window_no, target_window, call_count, token,
                    client_request_id, person_key)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET service_id = excluded.service_id, status = excluded.status,
                    called_at = excluded.called_at, started_at = excluded.started_at,
                    finished_at = excluded.finished_at, window_no = excluded.window_no,
                    target_window = excluded.target_window, call_count = excluded.call_count""");
        event = c.prepareStatement(
                "INSERT INTO ticket_events (ticket_id, type, at, window_no, actor, detail) VALUES (?, ?, ?, ?, ?, ?)");
    }

    void upsert(Ticket t) throws SQLException {
        upsert.setLong(1, t.id());
        upsert.setString(2, t.businessDate().toString());
        upsert.setString(3, t.serviceId());
        upsert.setInt(4, t.seq());
        upsert.setString(5, t.number());
        upsert.setString(6, t.channel().name());
        upsert.setString(7, t.priority().name());
        upsert.setString(8, t.status().name());
        upsert.setLong(9, t.issuedAt().toEpochMilli());
        upsert.setLong(10, t.placeAt().toEpochMilli());
        setTime(upsert, 11, t.calledAt());
        setTime(upsert, 12, t.startedAt());
        setTime(upsert, 13, t.finishedAt());
        setInt(upsert, 14, t.window());
        setInt(upsert, 15, t.targetWindow());
        upsert.setInt(16, t.callCount());
        upsert.setString(17, t.token());
        upsert.setString(18, t.clientRequestId());
        upsert.setString(19, t.personKey());
        upsert.executeUpdate();
    }

    void event(TicketEvent e) throws SQLException {
        event.setLong(1, e.ticketId());
        event.setString(2, e.type().name());
        event.setLong(3, e.at().toEpochMilli());
        setInt(event, 4, e.window());
        event.setString(5, e.actor());
        event.setString(6, e.detail());
        event.executeUpdate();
    }

    static List<Ticket> read(PreparedStatement ps) throws SQLException {
        List<Ticket> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Ticket.Origin origin = new Ticket.Origin(LocalDate.parse(rs.getString("business_date")),
                        rs.getInt("seq"), rs.getString("number"), Channel.valueOf(rs.getString("channel")),
                        Priority.valueOf(rs.getString("priority")), rs.getString("token"),
                        rs.getString("client_request_id"), rs.getString("person_key"));
                Ticket.Times times = new Ticket.Times(time(rs, "issued_at"), time(rs, "place_at"),
                        time(rs, "called_at"), time(rs, "started_at"), time(rs, "finished_at"));
                out.add(new Ticket(rs.getLong("id"), origin, rs.getString("service_id"),
                        TicketStatus.valueOf(rs.getString("status")), times, integer(rs, "window_no"),
                        integer(rs, "target_window"), rs.getInt("call_count")));
            }
        }
        return out;
    }

    static TicketEvent event(ResultSet rs) throws SQLException {
        return new TicketEvent(rs.getLong("ticket_id"), TicketEvent.Type.valueOf(rs.getString("type")),
                time(rs, "at"), integer(rs, "window_no"), rs.getString("actor"), rs.getString("detail"));
    }

    static void setTime(PreparedStatement ps, int i, Instant t) throws SQLException {
        if (t == null) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setLong(i, t.toEpochMilli());
        }
    }

    static void setInt(PreparedStatement ps, int i, Integer v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setInt(i, v);
        }
    }

    static Instant time(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(v);
    }

    static Integer integer(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }
}
