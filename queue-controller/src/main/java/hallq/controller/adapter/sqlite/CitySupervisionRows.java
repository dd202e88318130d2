package hallq.controller.adapter.sqlite;

import hallq.controller.core.CitySupervision;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The city's supervision notices (督办), one row each, as the hall holds them now. */
final class CitySupervisionRows {
    private CitySupervisionRows() {
    }

    static void save(Connection c, CitySupervision s) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO city_supervision (id, message, sent_by, sent_at, answer_due, alert_kind, service_id, status,
                    received_at, acknowledged_by, acknowledged_at, answer, answered_by, answered_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET status = excluded.status, acknowledged_by = excluded.acknowledged_by,
                    acknowledged_at = excluded.acknowledged_at, answer = excluded.answer,
                    answered_by = excluded.answered_by, answered_at = excluded.answered_at""")) {
            ps.setLong(1, s.id());
            ps.setString(2, s.message());
            ps.setString(3, s.sentBy());
            ps.setLong(4, s.sentAt().toEpochMilli());
            millis(ps, 5, s.answerDue());
            ps.setString(6, s.alertKind());
            ps.setString(7, s.serviceId());
            ps.setString(8, s.status().name());
            ps.setLong(9, s.receivedAt().toEpochMilli());
            ps.setString(10, s.acknowledgedBy());
            millis(ps, 11, s.acknowledgedAt());
            ps.setString(12, s.answer());
            ps.setString(13, s.answeredBy());
            millis(ps, 14, s.answeredAt());
            ps.executeUpdate();
        }
    }

    /** Those not answered, and those answered on or after {@code since}. */
    static List<CitySupervision> toHold(Connection c, Instant since) throws SQLException {
        List<CitySupervision> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT * FROM city_supervision WHERE status != 'ANSWERED' OR answered_at >= ? ORDER BY id")) {
            ps.setLong(1, since.toEpochMilli());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new CitySupervision(rs.getLong("id"), rs.getString("message"), rs.getString("sent_by"),
                            TicketStatements.time(rs, "sent_at"), TicketStatements.time(rs, "answer_due"),
                            rs.getString("alert_kind"), rs.getString("service_id"),
                            CitySupervision.Status.valueOf(rs.getString("status")), TicketStatements.time(rs, "received_at"),
                            rs.getString("acknowledged_by"), TicketStatements.time(rs, "acknowledged_at"),
                            rs.getString("answer"), rs.getString("answered_by"), TicketStatements.time(rs, "answered_at")));
                }
            }
        }
        return out;
    }

    private static void millis(PreparedStatement ps, int i, Instant t) throws SQLException {
        if (t == null) {
            ps.setNull(i, Types.BIGINT);
        } else {
            ps.setLong(i, t.toEpochMilli());
        }
    }
}
