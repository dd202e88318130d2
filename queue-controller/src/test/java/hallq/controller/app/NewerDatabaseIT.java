package hallq.controller.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import hallq.controller.adapter.sqlite.Migrations;
import hallq.controller.adapter.sqlite.SqliteStore;
import hallq.controller.testing.Command;
import hallq.controller.testing.TestHall;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A database written by a newer release, opened by this one: refused, naming both versions, and left untouched. */
class NewerDatabaseIT {
    private Path data;
    private Path db;
    private int newer;

    @BeforeEach
    void aDatabaseOfTheNextRelease() throws Exception {
        data = TestHall.newDataDir();
        db = data.resolve("hallq.db");
        Migrations.upToDate(db);
        newer = Migrations.releaseVersion() + 2;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE later_things (id INTEGER PRIMARY KEY)");
            s.executeUpdate("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, "
                    + "checksum, installed_by, execution_time, success) VALUES (" + newer + ", '" + newer
                    + "', 'later', 'SQL', 'V" + newer + "__later.sql', 0, '', 0, 1)");
        }
    }

    @Test
    void theStoreRefusesIt() {
        Migrations.TooNew e = assertThrows(Migrations.TooNew.class, () -> new SqliteStore(db, TestHall.ZONE));
        assertEquals(newer, e.database());
        assertEquals(Migrations.releaseVersion(), e.release());
    }

    @Test
    void theControllerRefusesToStartInOneLine() throws Exception {
        byte[] before = Files.readAllBytes(db);
        Command.Run run = Command.controller(data.resolve("run"), "--config", TestHall.DEMO.toString(), "--data",
                data.toString(), "--port", "0", "--mqtt-port", "0");
        assertEquals(1, run.exitCode(), run.err());
        assertEquals(List.of("hallq: " + db.toAbsolutePath() + " is at schema " + newer + ", written by a newer HallQ; "
                + "this release knows up to " + Migrations.releaseVersion() + ": upgrade HallQ, or restore a backup made "
                + "by this release"), run.errLines());
        assertEquals("", run.out());
        assertEquals(List.of(newer), history(), "the database is as it was");
        org.junit.jupiter.api.Assertions.assertArrayEquals(before, Files.readAllBytes(db));
    }

    private List<Integer> history() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT MAX(CAST(version AS INTEGER)) FROM flyway_schema_history")) {
            r.next();
            return List.of(r.getInt(1));
        }
    }
}
