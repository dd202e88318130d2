package hallq.controller.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import hallq.controller.adapter.sqlite.SqliteBackup;
import hallq.controller.app.Controller;
import hallq.controller.testing.Http;
import hallq.controller.testing.TestHall;
import hallq.protocol.testing.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A backup taken while the controller serves, more tickets printed after it, the controller stopped,
 * the backup restored: every record up to the backup is back and no number in a citizen's hand is
 * handed out again.
 */
class BackupRestoreIT {
    private static final String HALL = "yunshan-center";
    private final Backups backups = new Backups(new SqliteBackup());
    private final Restores restores = new Restores(new SqliteBackup());

    @Test
    void restoreMidDay_bringsBackTheRecords_andNeverReissuesAPrintedNumber() throws Exception {
        Path data = TestHall.newDataDir();
        Path out = data.resolveSibling(data.getFileName() + "-backups");
        MutableClock clock = MutableClock.mondayAt(10, 0);
        Map<String, String> before = new LinkedHashMap<>();
        Set<String> printed = new HashSet<>();
        Backups.Taken taken;
        try (Controller c = TestHall.start(data, clock)) {
            Http http = Http.manager(c.httpPort());
            for (String service : List.of("HJ", "HJ", "HJ", "SB", "HJ", "SB")) {
                JsonNode t = http.issue(service, null).json();
                before.put(t.get("number").asText(), t.get("token").asText());
                clock.advance(Duration.ofSeconds(20));
            }
            assertEquals("A001", http.post("/api/v1/windows/5/call-next", null).json().at("/ticket/number").asText());
            http.post("/api/v1/windows/5/start", null);

            taken = backups.take(data, HALL, TestHall.DEMO, out, clock.instant(), TestHall.ZONE);
            assertEquals(List.of("A004", "G002"), taken.manifest().lastNumbers());
            assertEquals(6, taken.manifest().highestTicketId());
            BackupException running = assertThrows(BackupException.class,
                    () -> restores.restore(taken.archive(), data, clock.instant(), TestHall.ZONE));
            assertTrue(running.getMessage().contains("a controller is running"), running.getMessage());

            printed.addAll(before.keySet());
            clock.advance(Duration.ofMinutes(20));
            for (String service : List.of("HJ", "HJ", "SB")) { // printed after the backup: in citizens' hands
                printed.add(http.issue(service, null).json().get("number").asText());
            }
            assertTrue(printed.contains("A006") && printed.contains("G003"), printed.toString());
            http.post("/api/v1/windows/6/call-next", null);
        }
        clock.advance(Duration.ofMinutes(30));
        Restores.Restored restored = restores.restore(taken.archive(), data, clock.instant(), TestHall.ZONE);
        assertTrue(Files.isRegularFile(restored.setAside().resolve("hallq.db")), "the replaced database is kept");

        List<String> issuedAfterRestore = new ArrayList<>();
        try (Controller c = TestHall.start(data, clock)) {
            Http http = Http.manager(c.httpPort());
            for (Map.Entry<String, String> t : before.entrySet()) {
                JsonNode ticket = http.get("/api/v1/tickets/" + t.getValue()).json();
                assertEquals(t.getKey(), ticket.get("number").asText());
            }
            assertEquals("SERVING", http.get("/api/v1/tickets/" + before.get("A001")).json().get("status").asText());
            assertEquals("A001", http.get("/api/v1/windows/5").json().get("currentTicket").asText());
            assertEquals("A002", http.post("/api/v1/windows/6/call-next", null).json().at("/ticket/number").asText(),
                    "the line resumes as it was at the backup");
            for (String service : List.of("HJ", "SB", "HJ")) {
                issuedAfterRestore.add(http.issue(service, null).json().get("number").asText());
            }
        }
        try (Controller c = TestHall.start(data, clock)) { // a later restart keeps the jump
            issuedAfterRestore.add(Http.manager(c.httpPort()).issue("HJ", null).json().get("number").asText());
        }
        assertEquals(List.of("A201", "G201", "A202", "A203"), issuedAfterRestore,
                "past the backup's A004 and G002 by at least 100, rounded up to a hundred");
        issuedAfterRestore.forEach(n -> assertFalse(printed.contains(n), n + " was already printed"));
    }

    @Test
    void aSecondControllerOnTheSameDataFolder_isRefused() throws Exception {
        Path data = TestHall.newDataDir();
        MutableClock clock = MutableClock.mondayAt(10, 0);
        try (Controller c = TestHall.start(data, clock)) {
            DataFolderLock.Held held = assertThrows(DataFolderLock.Held.class, () -> TestHall.start(data, clock));
            assertTrue(held.getMessage().contains("controller.lock"), held.getMessage());
            assertEquals(201, Http.manager(c.httpPort()).issue("HJ", null).status(), "the first one serves on");
        }
    }
}
