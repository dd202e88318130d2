package hallq.controller.backup;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hallq.controller.adapter.sqlite.SqliteBackup;
import hallq.controller.app.Controller;
import hallq.controller.core.HallCalendar;
import hallq.controller.testing.Http;
import hallq.controller.testing.TestHall;
import hallq.protocol.testing.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The running controller backs the hall up an hour after it closes, once a day, and keeps what the retention says. */
class DailyBackupIT {
    private final HallCalendar calendar = HallCalendar.of(TestHall.demoConfig(), true);

    @Test
    void dueAnHourAfterTheLastPeriod_notOnADayTheHallIsClosed() {
        assertEquals(LocalDateTime.of(2026, 11, 23, 18, 0).atZone(TestHall.ZONE).toInstant(),
                DailyBackup.dueAt(calendar, LocalDate.of(2026, 11, 23)), "Monday: open until 17:00");
        assertEquals(LocalDateTime.of(2026, 11, 28, 13, 0).atZone(TestHall.ZONE).toInstant(),
                DailyBackup.dueAt(calendar, LocalDate.of(2026, 11, 28)), "Saturday session until 12:00");
        assertEquals(null, DailyBackup.dueAt(calendar, LocalDate.of(2026, 11, 29)), "Sunday: closed");
    }

    @Test
    void theRunningControllerTakesTheDaysBackupAfterClosing() throws Exception {
        Path data = TestHall.newDataDir();
        MutableClock clock = MutableClock.mondayAt(16, 50);
        TestHall.seedStaff(data);
        Controller.Settings settings = new Controller.Settings(TestHall.demoConfig(), data, "127.0.0.1", 0, null, 0,
                clock, true).withDailyBackup(new Controller.DailyBackups(TestHall.DEMO, new Retention(2, 0)));
        try (Controller c = Controller.start(settings)) {
            assertEquals("A001", Http.manager(c.httpPort()).issue("HJ", null).json().get("number").asText());
            clock.advance(Duration.ofMinutes(70)); // 18:00
            await().atMost(Duration.ofSeconds(30)).until(() -> backups(data).size() == 1);
            Path first = backups(data).get(0);
            assertTrue(first.getFileName().toString().startsWith("hallq-backup-yunshan-center-20261123-180"), first.toString());
            assertEquals(List.of("A001"), BackupArchive.read(first, null).lastNumbers());
            for (int day = 1; day <= 2; day++) { // Tuesday and Wednesday evenings
                clock.advance(Duration.ofDays(1));
                int expected = day + 1;
                await().atMost(Duration.ofSeconds(30)).until(() -> backups(data).size() == Math.min(expected, 2)
                        && backups(data).stream().anyMatch(p -> p.toString().contains("2026112" + (3 + expected - 1))));
            }
            assertTrue(backups(data).stream().noneMatch(p -> p.equals(first)), "Monday's is past the two kept");
        }
    }

    @Test
    void aBackupOfTheDayAlreadyThere_isNotTakenAgain() throws Exception {
        Path data = TestHall.newDataDir();
        MutableClock clock = MutableClock.mondayAt(10, 0);
        try (Controller c = TestHall.start(data, clock)) {
            Http.manager(c.httpPort()).issue("HJ", null);
        }
        DailyBackup daily = new DailyBackup(new Backups(new SqliteBackup()), data, "yunshan-center", TestHall.DEMO,
                calendar, Retention.DEFAULT);
        assertTrue(daily.runIfDue(clock.instant()).isEmpty(), "10:00: not yet");
        clock.advance(Duration.ofHours(8).plusMinutes(5));
        assertTrue(daily.runIfDue(clock.instant()).isPresent(), "18:05");
        DailyBackup afterRestart = new DailyBackup(new Backups(new SqliteBackup()), data, "yunshan-center",
                TestHall.DEMO, calendar, Retention.DEFAULT);
        clock.advance(Duration.ofMinutes(30));
        assertTrue(afterRestart.runIfDue(clock.instant()).isEmpty(), "the folder has today's already");
        assertEquals(1, backups(data).size());
    }

    private static List<Path> backups(Path data) throws Exception {
        Path dir = data.resolve("backups");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".zip")).sorted().toList();
        }
    }
}
