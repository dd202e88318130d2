package hallq.controller.adapter.sqlite;

import hallq.controller.core.Window;
import hallq.controller.core.WindowEvent;
import hallq.protocol.WindowState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Window rows: live state only; names and departments are re-read from configuration at start. */
final class WindowRows {
    private WindowRows() {
    }

    static void upsert(Connection c, Window w) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO windows (number, skills, state, clerk, current_ticket, since) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (number) DO UPDATE SET skills = excluded.skills, state = excluded.state,
                    clerk = excluded.clerk, current_ticket = excluded.current_ticket, since = excluded.since""")) {
            ps.setInt(1, w.number());
            ps.setString(2, String.join(",", w.skills()));
            ps.setString(3, w.state().name());
            ps.setString(4, w.clerk());
            if (w.current() == null) {
                ps.setNull(5, Types.INTEGER);
            } else {
                ps.setLong(5, w.current());
            }
            ps.setLong(6, w.since().toEpochMilli());
            ps.executeUpdate();
        }
    }

    static void event(Connection c, WindowEvent e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO window_events (window_no, type, at, actor, detail) VALUES (?, ?, ?, ?, ?)")) {
            ps.setInt(1, e.window());
            ps.setString(2, e.type().name());
            ps.setLong(3, e.at().toEpochMilli());
            ps.setString(4, e.actor());
            ps.setString(5, e.detail());
            ps.executeUpdate();
        }
    }

    static List<Window> load(Connection c) throws SQLException {
        List<Window> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM windows ORDER BY number")) {
            while (rs.next()) {
                long current = rs.getLong("current_ticket");
                Long cur = rs.wasNull() ? null : current;
                out.add(new Window(rs.getInt("number"), null, null,
                        Arrays.asList(rs.getString("skills").split(",")), WindowState.valueOf(rs.getString("state")),
                        false, rs.getString("clerk"), cur, TicketStatements.time(rs, "since")));
            }
        }
        return out;
    }
}
