package hallq.controller.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where numbering resumes after a restore: past every number that can have been printed since the backup. */
class NumberingResumeTest {
    private final CoreFixture hall = new CoreFixture();

    @Test
    void margin_isTwiceThePeakHourPerHourOpen_atLeastAHundred() {
        assertEquals(100, NumberingResume.margin(0, Duration.ofHours(8)), "a hall without history");
        assertEquals(100, NumberingResume.margin(300, Duration.ofMinutes(5)), "minutes after the backup");
        assertEquals(1500, NumberingResume.margin(300, Duration.ofMinutes(150)));
        assertEquals(101, NumberingResume.margin(101, Duration.ofMinutes(30)), "rounded up, never down");
    }

    @Test
    void floors_resumePastTheBackupsLastNumber_roundedUpToAHundred() {
        Map<String, Integer> floors = NumberingResume.floors(hall.config.services(), Map.of("HJ", 52), 40,
                Duration.ofHours(2));
        assertEquals(Map.of("HJ", 300, "SB", 200), floors, "52 + 160 → A301; SB had none: 160 → B201");
    }

    @Test
    void sameDay_countsOnlyTheOpenHoursSinceTheBackup() {
        for (int i = 0; i < 3; i++) {
            hall.issue("HJ");
        }
        Instant backup = CoreFixture.at(2026, 11, 23, 11, 0);
        Instant now = CoreFixture.at(2026, 11, 23, 14, 0); // open 11-12 and 13-14: two hours
        Map<String, Integer> floors = NumberingResume.floors(hall.core.state(), backup, 60, now);
        assertEquals(Map.of("HJ", 300, "SB", 300), floors, "3 + 2 × 60 × 2 = 243 → A301");
    }

    @Test
    void backupOfAnEarlierDay_countsTodaysOpenHoursFromTheStart() {
        hall.issue("HJ");
        Instant backup = CoreFixture.at(2026, 11, 23, 18, 0); // the evening's automatic backup
        Instant now = CoreFixture.at(2026, 11, 24, 10, 30); // next morning: open 09:00-10:30
        Map<String, Integer> floors = NumberingResume.floors(hall.core.state(), backup, 100, now);
        assertEquals(Map.of("HJ", 300, "SB", 300), floors, "yesterday's A001 does not count; 2 × 100 × 1.5 = 300");
    }

    @Test
    void issuing_goesOnPastTheFloor_andTheNextDayStartsAt001() {
        hall.issue("HJ");
        hall.core.state().restoreFloors(hall.core.state().businessDate(), Map.of("HJ", 100));
        assertEquals("A101", hall.issue("HJ").number());
        assertEquals("A102", hall.issue("HJ").number());
        hall.advance(Duration.ofDays(1));
        assertEquals("A001", hall.issue("HJ").number());
    }
}
