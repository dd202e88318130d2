package hallq.controller.adapter.sqlite;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import hallq.controller.core.HallHandover;
import hallq.protocol.Json;
import hallq.protocol.city.Handover;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Handovers to and from the hall, one row each as the hall holds it now (the city-wide record as JSON). */
final class HandoverRows {
    private static final ObjectWriter WRITE = Json.strict().writerFor(Handover.class);
    private static final ObjectReader READ = Json.strict().readerFor(Handover.class);

    private HandoverRows() {
    }

    static void save(Connection c, HallHandover h) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO handovers (receipt, outgoing, token, ticket_id, ticket_number, pickup_ticket_id, status,
                    closed, version, record, changed_at, overdue, person_key)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (receipt) DO UPDATE SET pickup_ticket_id = excluded.pickup_ticket_id, overdue = excluded.overdue,
                    status = excluded.status, closed = excluded.closed, version = excluded.version,
                    record = excluded.record, changed_at = excluded.changed_at""")) {
            ps.setString(1, h.receipt());
            ps.setInt(2, h.outgoing() ? 1 : 0);
            ps.setString(3, h.token());
            id(ps, 4, h.ticketId());
            ps.setString(5, h.ticketNumber());
            id(ps, 6, h.pickupTicketId());
            ps.setString(7, h.handover().status());
            ps.setInt(8, h.handover().closed() ? 1 : 0);
            ps.setLong(9, h.handover().version());
            try {
                ps.setString(10, WRITE.writeValueAsString(h.handover()));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a handover that cannot be written as JSON", e);
            }
            ps.setLong(11, h.changedAt().toEpochMilli());
            ps.setString(12, h.overdue().isEmpty() ? null : String.join(",", new TreeSet<>(h.overdue())));
            ps.setString(13, h.personKey());
            ps.executeUpdate();
        }
    }

    /** Those still open, and those closed on or after {@code since}. */
    static List<HallHandover> toHold(Connection c, Instant since) throws SQLException {
        List<HallHandover> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT * FROM handovers WHERE closed = 0 OR changed_at >= ? ORDER BY receipt")) {
            ps.setLong(1, since.toEpochMilli());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Handover h;
                    try {
                        h = READ.readValue(rs.getString("record"));
                    } catch (JsonProcessingException e) {
                        throw new SQLException("handover " + rs.getString("receipt") + " is stored unreadable", e);
                    }
                    out.add(new HallHandover(h, rs.getInt("outgoing") == 1, rs.getString("token"),
                            nullableId(rs, "ticket_id"), rs.getString("ticket_number"), rs.getString("person_key"),
                            nullableId(rs, "pickup_ticket_id"), overdue(rs.getString("overdue")), null,
                            TicketStatements.time(rs, "changed_at")));
                }
            }
        }
        return out;
    }

    private static Set<String> overdue(String noted) {
        return noted == null ? Set.of() : Set.of(noted.split(","));
    }

    private static Long nullableId(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    private static void id(PreparedStatement ps, int i, Long v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.BIGINT);
        } else {
            ps.setLong(i, v);
        }
    }
}
