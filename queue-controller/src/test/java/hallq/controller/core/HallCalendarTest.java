package hallq.controller.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hallq.protocol.config.HallConfig;
import hallq.protocol.config.HallConfigLoader;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Opening on the demo hall's calendar: working days, holidays, 调休, and the Saturday session. */
class HallCalendarTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private final HallConfig config = new HallConfigLoader().load(Path.of("../config/demo-hall.yml"));
    private final HallCalendar calendar = QueueCore.freshState(config, List.of(), true, at("2026-11-23T09:00"))
            .calendar();

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(ZONE).toInstant();
    }

    @Test
    void regularHoursOnWorkingDaysOnly() {
        assertTrue(calendar.isOpen(at("2026-11-23T09:00"), "QY"), "a Monday");
        assertFalse(calendar.isOpen(at("2026-11-23T12:30"), "QY"), "lunch");
        assertFalse(calendar.isOpen(at("2026-10-02T10:00"), "QY"), "National Day");
        assertTrue(calendar.isOpen(at("2026-10-10T10:00"), "QY"), "a Saturday made a working day (调休)");
        assertFalse(calendar.isOpen(at("2026-11-29T10:00")), "a Sunday, nothing open");
        assertEquals("closed on 2026-11-29", calendar.describe(LocalDate.of(2026, 11, 29), "HJ"));
    }

    @Test
    void theSaturdaySessionOpensItsServicesOnly() {
        assertTrue(calendar.isOpen(at("2026-11-28T10:00"), "HJ"));
        assertFalse(calendar.isOpen(at("2026-11-28T10:00"), "QY"), "not in the session");
        assertFalse(calendar.isOpen(at("2026-11-28T13:30"), "HJ"), "the session is the morning");
        assertTrue(calendar.isOpen(at("2026-11-28T10:00")), "the hall is open for some service");
        assertEquals("09:00-12:00", calendar.describe(LocalDate.of(2026, 11, 28), "SB"));
        assertEquals("09:00-12:00, 13:00-17:00", calendar.describe(LocalDate.of(2026, 11, 23), "SB"));
    }

    @Test
    void aYearTheCalendarDoesNotKnowFallsBackToMondayToFriday() {
        assertTrue(calendar.isOpen(at("2027-01-04T10:00"), "QY"), "a Monday in 2027");
        assertFalse(calendar.isOpen(at("2027-01-09T10:00"), "QY"), "a Saturday in 2027");
    }
}
