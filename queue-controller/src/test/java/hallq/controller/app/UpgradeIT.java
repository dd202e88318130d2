package hallq.controller.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import hallq.controller.adapter.sqlite.Migrations;
import hallq.controller.adapter.sqlite.SqliteStore;
import hallq.controller.testing.Http;
import hallq.controller.testing.TestHall;
import hallq.protocol.testing.MutableClock;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every earlier schema of this release's migrations, built by the migrations themselves (Flyway's
 * target on a new file) and filled, version by version, with the records each version introduced
 * ({@link UpgradeRows}), then opened as the controller opens its database: every row comes through
 * the upgrade as it was, and the controller starts on it, holds the records and numbers on. A later
 * migration that rewrites rows on purpose (a renamed status, a split column) states here how the
 * rows it rewrites are expected to read afterwards.
 */
class UpgradeIT {
    /** Records the running controller must keep as they were (it may add rows, never change these). */
    private static final List<String> RECORDS = List.of("tickets", "ticket_events", "ratings", "work_orders",
            "work_order_events", "appointments", "slot_quotas", "notices", "policy_decisions", "staff_audit",
            "city_supervision", "restores", "numbering_floors", "handovers");

    /** Every earlier version, and the current one: its rows must fit before the next migration needs them. */
    static Stream<Integer> versions() {
        return Migrations.releaseVersions().stream();
    }

    @Test
    void everyMigrationDeclaresTheRowsItIntroduces() {
        List<Integer> missing = Migrations.releaseVersions().stream().filter(v -> !UpgradeRows.declared(v)).toList();
        if (!missing.isEmpty()) {
            fail("no upgrade rows declared for migration(s) " + missing.stream().map(v -> "V" + v).toList()
                    + ": add the records their tables hold to UpgradeRows (an empty list, with a comment, for a "
                    + "migration that adds no records), so upgrades into and across them are tested");
        }
    }

    @ParameterizedTest(name = "from schema {0}")
    @MethodSource("versions")
    void aHallOnAnEarlierSchemaUpgradesWithEveryRecord(int from) throws Exception {
        Path data = TestHall.newDataDir();
        Path db = data.resolve("hallq.db");
        for (int v : Migrations.releaseVersions()) {
            if (v > from) {
                break;
            }
            Migrations.migrate(db, v);
            insert(db, v);
        }
        assertEquals(from, Migrations.version(db));
        // a later migration may add columns: every row keeps each value it had (new columns are not compared)
        Map<String, List<String>> columns = columns(db);
        Map<String, List<String>> before = rows(db, columns);

        new SqliteStore(db, TestHall.ZONE).close(); // as the controller opens its database
        assertEquals(Migrations.releaseVersion(), Migrations.version(db));
        assertTrue(Flyway.configure().dataSource("jdbc:sqlite:" + db, null, null).load().validateWithResult()
                .validationSuccessful, "Flyway validates the upgraded history");
        Map<String, List<String>> upgraded = rows(db, columns);
        if (from >= 16 && from < 19) { // V19 fills the person a station handed over from the ticket it came from
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
                 ResultSet r = st.executeQuery("SELECT person_key FROM handovers WHERE receipt = 'yunshan-center-20261120-093000'")) {
                assertTrue(r.next());
                assertEquals("pk-1", r.getString(1), "the key of ticket A001, the handover's ticket");
            }
        }
        before.forEach((table, rows) -> assertEquals(rows, upgraded.get(table), table + " upgraded from " + from));

        MutableClock clock = MutableClock.mondayAt(10, 0);
        try (Controller c = TestHall.start(data, clock)) {
            Http http = Http.manager(c.httpPort());
            assertEquals("SERVING", http.get("/api/v1/tickets/tok-mon-a001").json().get("status").asText());
            assertEquals("A001", http.get("/api/v1/windows/5").json().get("currentTicket").asText());
            assertEquals(1, http.get("/api/v1/services/HJ").json().get("waiting").asInt(), "A002 waits");
            assertEquals("A003", http.issue("HJ", null).json().get("number").asText(), "numbering goes on");
            assertEquals(2, http.get("/api/v1/services/HJ").json().get("waiting").asInt(), "A002 and A003 wait");
            if (from >= 16) {
                assertEquals("ACCEPTED", http.get("/api/v1/handovers/yunshan-center-20261120-093000").json()
                        .get("status").asText(), "the open handover is held");
            }
        }
        Map<String, List<String>> served = rows(db, columns);
        for (String table : RECORDS) {
            if (before.containsKey(table)) {
                List<String> gone = new ArrayList<>(before.get(table));
                gone.removeAll(served.get(table));
                assertEquals(List.of(), gone, table + ": rows changed or lost after serving on the upgrade from " + from);
            }
        }
        assertEquals(before.get("tickets").size() + 1, served.get("tickets").size());
    }

    private static void insert(Path db, int version) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            for (String sql : UpgradeRows.at(version)) {
                try {
                    s.executeUpdate(sql);
                } catch (java.sql.SQLException e) {
                    throw new AssertionError("the rows of V" + version + " do not fit its tables: " + e.getMessage()
                            + "\n" + sql, e);
                }
            }
        }
    }

    /** Every table but the schema history, with its columns. */
    private static Map<String, List<String>> columns(Path db) throws Exception {
        Map<String, List<String>> out = new TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' "
                    + "AND name NOT LIKE 'sqlite_%' AND name != 'flyway_schema_history'")) {
                while (r.next()) {
                    tables.add(r.getString(1));
                }
            }
            for (String table : tables) {
                List<String> names = new ArrayList<>();
                try (ResultSet r = s.executeQuery("SELECT * FROM " + table + " LIMIT 0")) {
                    ResultSetMetaData meta = r.getMetaData();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        names.add(meta.getColumnName(i));
                    }
                }
                out.put(table, names);
            }
        }
        return out;
    }

    /** Every row of the tables given, in the columns given, as text, sorted; by table name. */
    private static Map<String, List<String>> rows(Path db, Map<String, List<String>> columns) throws Exception {
        Map<String, List<String>> out = new TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            for (Map.Entry<String, List<String>> table : columns.entrySet()) {
                List<String> rows = new ArrayList<>();
                try (ResultSet r = s.executeQuery("SELECT " + String.join(", ", table.getValue()) + " FROM "
                        + table.getKey())) {
                    while (r.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= table.getValue().size(); i++) {
                            row.append(i == 1 ? "" : " | ").append(table.getValue().get(i - 1)).append('=')
                                    .append(r.getString(i));
                        }
                        rows.add(row.toString());
                    }
                }
                rows.sort(null);
                out.put(table.getKey(), rows);
            }
        }
        return out;
    }
}
