package hallq.controller.fuzz;

import hallq.controller.service.QueueService;
import hallq.protocol.Json;
import hallq.protocol.testing.Nasty;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Everything a request could change, as text: every row of every table of the controller's SQLite
 * file (read over a second connection, so only committed state), and what the service holds in
 * memory (hall snapshot with windows, queues and calls; policy; alerts; devices).
 */
public final class StoreSnapshot {
    private StoreSnapshot() {
    }

    /**
     * Everything but the staff audit trail, which records refused requests on purpose (and the
     * autoincrement counters, which count its rows too), the sessions (a refused request still counts
     * as the session's activity), and the wait history, which its own thread writes a moment after
     * earlier requests and each minute.
     */
    public static String of(Path db, QueueService service) throws Exception {
        return of(db, service, Set.of("staff_audit", "sqlite_sequence", "staff_sessions", "wait_samples",
                "ticket_promises"));
    }

    public static String of(Path db, QueueService service, Set<String> skipped) throws Exception {
        // what the ticker would decide in this state (the window policy, at a clock that stands still) is
        // decided now: a snapshot before and one after a request that changed nothing are then the same
        service.tick();
        StringBuilder b = new StringBuilder();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db + "?open_mode=1");
             Statement st = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            tables.removeAll(skipped);
            for (String t : tables) {
                b.append("== ").append(t).append('\n');
                dump(st, t, b);
            }
        }
        var json = Json.strict();
        b.append(json.writeValueAsString(service.hall().snapshot())).append('\n');
        b.append(json.writeValueAsString(service.policy().view())).append('\n');
        b.append(json.writeValueAsString(service.hall().alerts(200))).append('\n');
        b.append(json.writeValueAsString(service.devices().devices())).append('\n');
        return b.toString();
    }

    private static void dump(Statement st, String table, StringBuilder b) throws SQLException {
        try (ResultSet rs = st.executeQuery("SELECT * FROM \"" + table + "\" ORDER BY 1")) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= n; i++) {
                    b.append(rs.getString(i)).append('|');
                }
                b.append('\n');
            }
        }
    }

    /** The first line where two snapshots differ, for the assertion message. */
    public static String firstDifference(String before, String after) {
        String[] a = before.split("\n");
        String[] z = after.split("\n");
        for (int i = 0; i < Math.max(a.length, z.length); i++) {
            String x = i < a.length ? a[i] : "(none)";
            String y = i < z.length ? z[i] : "(none)";
            if (!x.equals(y)) {
                return "line " + (i + 1) + ":\n before " + Nasty.shown(x) + "\n after  " + Nasty.shown(y);
            }
        }
        return "(same)";
    }
}
