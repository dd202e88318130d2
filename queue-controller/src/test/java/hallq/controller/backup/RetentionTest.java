package hallq.controller.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 30 daily and 12 monthly backups; other files are never touched. */
class RetentionTest {
    private static Path backup(LocalDate day, String time) {
        return Path.of("backups", "hallq-backup-yunshan-center-" + day.toString().replace("-", "") + "-" + time + ".zip");
    }

    @Test
    void keepsTheNewestOfEachOfTheLatestDays_andTheFirstOfEachOfTheLatestMonths() {
        List<Path> files = new ArrayList<>();
        LocalDate first = LocalDate.of(2025, 1, 1);
        for (LocalDate d = first; !d.isAfter(LocalDate.of(2026, 11, 30)); d = d.plusDays(1)) {
            files.add(backup(d, "180000"));
        }
        files.add(backup(LocalDate.of(2026, 11, 30), "101500")); // a manual one earlier that day
        files.add(Path.of("backups", "hallq-backup-other-hall-20261130-180000.zip"));
        files.add(Path.of("backups", "notes.txt"));
        List<Path> deleted = new Retention(30, 12).toDelete(files, "yunshan-center");
        List<Path> kept = new ArrayList<>(files);
        kept.removeAll(deleted);
        List<Path> expected = new ArrayList<>();
        for (int m = 12; m <= 22; m++) { // Dec 2025 … Oct 2026: 11 months before November's
            LocalDate month = LocalDate.of(2025, 1, 1).plusMonths(m - 1);
            expected.add(backup(month, "180000"));
        }
        for (LocalDate d = LocalDate.of(2026, 11, 1); !d.isAfter(LocalDate.of(2026, 11, 30)); d = d.plusDays(1)) {
            expected.add(backup(d, "180000"));
        }
        expected.add(Path.of("backups", "hallq-backup-other-hall-20261130-180000.zip"));
        expected.add(Path.of("backups", "notes.txt"));
        assertEquals(expected.stream().sorted().toList(), kept.stream().sorted().toList());
        assertEquals(true, deleted.contains(backup(LocalDate.of(2026, 11, 30), "101500")), "older that day");
    }
}
