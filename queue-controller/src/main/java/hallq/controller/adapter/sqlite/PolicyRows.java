package hallq.controller.adapter.sqlite;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import hallq.controller.core.PolicyDecision;
import hallq.protocol.Json;
import hallq.protocol.config.PolicyConfig;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Policy decisions and live policy settings. */
final class PolicyRows {
    private static final ObjectMapper JSON = Json.lenient();

    private PolicyRows() {
    }

    static void upsert(Connection c, PolicyDecision d) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO policy_decisions (id, kind, status, window_no, service_id, decided_at, effective_at, reason, actor)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET status = excluded.status, effective_at = excluded.effective_at,
                    actor = excluded.actor""")) {
            ps.setLong(1, d.id());
            ps.setString(2, d.kind().name());
            ps.setString(3, d.status().name());
            ps.setInt(4, d.window());
            ps.setString(5, d.serviceId());
            ps.setLong(6, d.decidedAt().toEpochMilli());
            TicketStatements.setTime(ps, 7, d.effectiveAt());
            ps.setString(8, d.reason());
            ps.setString(9, d.actor());
            ps.executeUpdate();
        }
    }

    static void saveSettings(Connection c, PolicyConfig p, long at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO policy_settings (id, json, changed_at) VALUES (1, ?, ?)
                ON CONFLICT (id) DO UPDATE SET json = excluded.json, changed_at = excluded.changed_at""")) {
            ps.setString(1, JSON.writeValueAsString(p));
            ps.setLong(2, at);
            ps.executeUpdate();
        } catch (JsonProcessingException e) {
            throw new SQLException("cannot write policy settings", e);
        }
    }

    /** The live settings, or null when none were changed since the configuration file. */
    static PolicyConfig loadSettings(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT json FROM policy_settings")) {
            return rs.next() ? JSON.readValue(rs.getString(1), PolicyConfig.class) : null;
        } catch (JsonProcessingException e) {
            throw new SQLException("stored policy settings cannot be read", e);
        }
    }

    /** Open decisions and the latest closed ones, oldest first, so applying them rebuilds the book. */
    static List<PolicyDecision> load(Connection c, int latest) throws SQLException {
        List<PolicyDecision> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT * FROM policy_decisions WHERE status IN ('PROPOSED', 'SCHEDULED')
                   OR id IN (SELECT id FROM policy_decisions ORDER BY id DESC LIMIT ?)
                   OR (kind = 'OPEN' AND status = 'DONE' AND id = (SELECT MAX(id) FROM policy_decisions p
                       WHERE p.window_no = policy_decisions.window_no AND p.status = 'DONE'))
                ORDER BY id""")) {
            ps.setInt(1, latest);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new PolicyDecision(rs.getLong("id"), PolicyDecision.Kind.valueOf(rs.getString("kind")),
                            PolicyDecision.Status.valueOf(rs.getString("status")), rs.getInt("window_no"),
                            rs.getString("service_id"), TicketStatements.time(rs, "decided_at"),
                            TicketStatements.time(rs, "effective_at"), rs.getString("reason"), rs.getString("actor")));
                }
            }
        }
        return out;
    }
}
