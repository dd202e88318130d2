package hallq.controller.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hallq.protocol.config.CalendarConfig;
import hallq.protocol.config.HallConfigLoader;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped calendar (config/calendar-cn.yml, the State Council's 2025 and 2026 schedules), checked by hand. */
class WorkingDaysTest {
    private static final WorkingDays DAYS = WorkingDays.of(
            new HallConfigLoader().load(Path.of("../config/demo-hall.yml")).calendar());

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void weekend_isSkipped() {
        assertTrue(DAYS.isWorkingDay(d("2026-11-20")));               // Friday
        assertFalse(DAYS.isWorkingDay(d("2026-11-21")));              // Saturday
        assertEquals(d("2026-11-23"), DAYS.addWorkingDays(d("2026-11-20"), 1));
        assertEquals(d("2026-11-24"), DAYS.addWorkingDays(d("2026-11-20"), 2));
        assertEquals(d("2026-11-27"), DAYS.addWorkingDays(d("2026-11-20"), 5));
        assertEquals(d("2026-11-23"), DAYS.addWorkingDays(d("2026-11-21"), 1)); // opened on a Saturday
    }

    @Test
    void nationalDayWeek_isSkipped_andTheSwappedSaturdayCounts() {
        // 2026-10-01 (Thu) .. 10-07 (Wed) off; Saturday 10-10 is a working day (调休)
        assertEquals("国庆节", DAYS.holiday(d("2026-10-05")));
        assertFalse(DAYS.isWorkingDay(d("2026-10-05")));              // a Monday, but a holiday
        assertEquals(d("2026-10-08"), DAYS.addWorkingDays(d("2026-09-30"), 1));
        assertEquals(d("2026-10-09"), DAYS.addWorkingDays(d("2026-09-30"), 2));
        assertEquals(d("2026-10-10"), DAYS.addWorkingDays(d("2026-09-30"), 3));
        assertEquals(d("2026-10-12"), DAYS.addWorkingDays(d("2026-09-30"), 4));
        assertTrue(DAYS.isWorkingDay(d("2026-09-20")));               // a Sunday worked for 国庆节
        assertNull(DAYS.holiday(d("2026-09-20")));
    }

    @Test
    void springFestival_nineDaysOff_twoSaturdaysWorked() {
        LocalDate friday = d("2026-02-13");
        assertEquals(d("2026-02-14"), DAYS.addWorkingDays(friday, 1)); // Saturday 调休
        assertEquals(d("2026-02-24"), DAYS.addWorkingDays(friday, 2)); // 02-15 .. 02-23 off
        assertEquals(d("2026-02-27"), DAYS.addWorkingDays(friday, 5));
        assertEquals(d("2026-02-28"), DAYS.addWorkingDays(friday, 6)); // Saturday 调休
        assertEquals(d("2026-03-02"), DAYS.addWorkingDays(friday, 7));
        assertEquals(7, DAYS.workingDaysBetween(friday, d("2026-03-02")));
    }

    @Test
    void extensionsOfFifteenWorkingDays_crossMayDay() {
        // from Thursday 2026-04-23: 24 (1), 27-30 (2-5), 05-01..05 off, 06-08 (6-8), Sat 09 调休 (9),
        // 11-15 (10-14), 18 (15)
        assertEquals(d("2026-05-18"), DAYS.addWorkingDays(d("2026-04-23"), 15));
    }

    @Test
    void yearBoundary_newYearsDayOff_andTheSwappedSundayCounts() {
        // 2026-01-01 .. 01-03 off, Sunday 01-04 worked
        assertEquals(d("2026-01-04"), DAYS.addWorkingDays(d("2025-12-31"), 1));
        assertEquals(d("2026-01-05"), DAYS.addWorkingDays(d("2025-12-31"), 2));
        assertEquals(5, DAYS.workingDaysBetween(d("2025-12-26"), d("2026-01-05")));
        assertEquals(-5, DAYS.workingDaysBetween(d("2026-01-05"), d("2025-12-26")));
        assertEquals(d("2025-12-26"), DAYS.addWorkingDays(d("2026-01-05"), -5));
    }

    @Test
    void wholeYears_countAsByHand() {
        // 2026: 261 weekdays - 19 weekday holidays + 6 swapped = 248; 2025: 261 - 18 + 5 = 248
        assertEquals(248, DAYS.workingDaysBetween(d("2025-12-31"), d("2026-12-31")));
        assertEquals(248, DAYS.workingDaysBetween(d("2024-12-31"), d("2025-12-31")));
        assertEquals(List.of(2025, 2026), DAYS.knownYears());
    }

    @Test
    void addThenCount_roundTripsOverTheYear() {
        for (LocalDate a = d("2025-01-01"); a.getYear() == 2025; a = a.plusDays(1)) {
            for (int n = 0; n <= 15; n++) {
                assertEquals(n, DAYS.workingDaysBetween(a, DAYS.addWorkingDays(a, n)), a + " + " + n);
            }
        }
    }

    @Test
    void beyondTheKnownYears_failsClearly() {
        WorkingDays.UnknownYear e = assertThrows(WorkingDays.UnknownYear.class,
                () -> DAYS.addWorkingDays(d("2026-12-30"), 2));
        assertEquals(d("2027-01-01"), e.date());
        assertTrue(e.getMessage().contains("knows only 2025-2026, not 2027"), e.getMessage());
        assertTrue(e.getMessage().contains("calendar-cn.yml"), e.getMessage());
        assertThrows(WorkingDays.UnknownYear.class, () -> DAYS.isWorkingDay(d("2024-12-31")));
        assertEquals(d("2026-12-31"), DAYS.addWorkingDays(d("2026-12-30"), 1));
    }

    @Test
    void noCalendar_refusesEveryDate() {
        WorkingDays none = WorkingDays.of(null);
        WorkingDays.UnknownYear e = assertThrows(WorkingDays.UnknownYear.class,
                () -> none.isWorkingDay(d("2026-11-23")));
        assertTrue(e.getMessage().contains("knows no year"), e.getMessage());
    }

    @Test
    void deadline_isTheEndOfTheLastWorkingDay_inTheHallsZone() {
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        // opened Friday 2026-11-20 at 16:30: accepted within 2 working days = by the end of Tuesday 11-24
        Instant opened = LocalDateTime.parse("2026-11-20T16:30").atZone(shanghai).toInstant();
        assertEquals(LocalDateTime.parse("2026-11-25T00:00").atZone(shanghai).toInstant(),
                DAYS.deadline(opened, 2, shanghai));
        // 00:30 Friday in Shanghai is still Thursday in UTC: the hall's zone decides
        Instant lateNight = LocalDateTime.parse("2026-11-20T00:30").atZone(shanghai).toInstant();
        assertEquals(LocalDateTime.parse("2026-11-25T00:00").atZone(shanghai).toInstant(),
                DAYS.deadline(lateNight, 2, shanghai));
    }

    @Test
    void aSundayOnlyWeekend_canBeConfigured() {
        CalendarConfig c = new CalendarConfig(null, List.of(DayOfWeek.SUNDAY),
                List.of(new CalendarConfig.Year(2026, "test", List.of(), List.of())));
        WorkingDays sundaysOnly = WorkingDays.of(c);
        assertTrue(sundaysOnly.isWorkingDay(d("2026-11-21")));
        assertEquals(d("2026-11-23"), sundaysOnly.addWorkingDays(d("2026-11-21"), 1));
    }
}
