package hallq.controller.adapter.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import hallq.controller.testing.TestHall;
import hallq.protocol.city.CityEvent;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A restored hall's city outbox: the hub may hold seqs past the backup's, which the restored hall
 * never wrote; what it writes since the restore is renumbered to follow the hub's watermark, once.
 */
class OutboxAfterRestoreIT {
    private static final String EVENT = "INSERT INTO city_outbox (at, day, body) VALUES (0, '2026-11-23', "
            + "'{\"kind\":\"window\",\"window\":1,\"step\":\"OPENED\"}')";

    @Test
    void eventsWrittenSinceTheRestore_followTheHubsWatermark() throws Exception {
        Path db = restoredHall(3, 5); // backup held 1..3; 4 and 5 written by the restored hall
        try (SqliteOutbox outbox = SqliteOutbox.open(db)) {
            assertEquals(7, outbox.resumeAfterRestore(10, Instant.EPOCH), "the hub holds up to 10");
            assertEquals(List.of(1L, 2L, 3L, 11L, 12L), outbox.after(0, 100).stream().map(CityEvent::seq).toList());
            assertEquals(12, outbox.highest());
            sql(db, EVENT);
            assertEquals(13, outbox.highest(), "the next event follows");
            assertEquals(0, outbox.resumeAfterRestore(10, Instant.EPOCH), "once only");
        }
    }

    @Test
    void aHubBehindTheBackup_changesNothing() throws Exception {
        Path db = restoredHall(3, 4);
        try (SqliteOutbox outbox = SqliteOutbox.open(db)) {
            assertEquals(0, outbox.resumeAfterRestore(2, Instant.EPOCH));
            assertEquals(List.of(1L, 2L, 3L, 4L), outbox.after(0, 100).stream().map(CityEvent::seq).toList());
        }
    }

    private static Path restoredHall(long backupHighest, int events) throws Exception {
        Path db = TestHall.newDataDir().resolve("hallq.db");
        new SqliteStore(db, TestHall.ZONE).close();
        for (int i = 0; i < events; i++) {
            sql(db, EVENT);
        }
        sql(db, "INSERT INTO restores (restored_at, archive, outbox_highest) VALUES (0, 'test.zip', " + backupHighest + ")");
        return db;
    }

    private static void sql(Path db, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }
}
