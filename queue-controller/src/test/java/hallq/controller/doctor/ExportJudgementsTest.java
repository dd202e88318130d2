package hallq.controller.doctor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExportJudgementsTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Instant NOW = Instant.parse("2026-12-04T08:00:00Z"); // 16:00 in the hall

    @Test
    void ratingsTakenOrJustWaiting_areFine_anHourBehindWarns_aDayBehindFails() {
        assertEquals(Finding.Level.OK, one(sink(0, null)).level());
        Finding fresh = one(sink(3, NOW.minus(Duration.ofMinutes(5))));
        assertEquals(Finding.Level.OK, fresh.level(), fresh.message());
        Finding late = one(sink(12, NOW.minus(Duration.ofMinutes(61))));
        assertEquals(Finding.Level.WARN, late.level());
        assertTrue(late.message().startsWith("好差评 export to file: 12 ratings waiting since 2026-12-04 14:59")
                && late.message().contains("the export is failing"), late.message());
        assertEquals(Finding.Level.FAIL, one(sink(400, NOW.minus(Duration.ofHours(25)))).level());
    }

    @Test
    void ratingsNoExportHasTaken_warn_unlessThereAreNone() {
        DatabaseFacts none = new DatabaseFacts(List.of("ok"), 30, 10, 1, 1000);
        assertEquals(Finding.Level.OK, ExportJudgements.ratings(none, ZONE, NOW).get(0).level());
        DatabaseFacts untaken = new DatabaseFacts(List.of("ok"), 30, 10, 1, 1000, 7, NOW.minusSeconds(600), List.of(),
                null);
        Finding f = ExportJudgements.ratings(untaken, ZONE, NOW).get(0);
        assertEquals(Finding.Level.WARN, f.level());
        assertTrue(f.message().contains("any of the 7 ratings") && f.message().contains("--rating-export off"),
                f.message());
    }

    @Test
    void theCityOutbox_mayWaitButNotUnnoticed_andNeverFails() {
        assertEquals("not linked to a city hub (the hall runs alone)", ExportJudgements.city(null, ZONE, NOW).message());
        assertEquals(Finding.Level.OK, ExportJudgements.city(new Backlog("city hub", 0, null, NOW), ZONE, NOW).level());
        assertEquals(Finding.Level.OK, ExportJudgements.city(new Backlog("city hub", 40, NOW.minusSeconds(30),
                NOW.minusSeconds(40)), ZONE, NOW).level());
        Finding cut = ExportJudgements.city(new Backlog("city hub", 5200, NOW.minus(Duration.ofDays(3)),
                NOW.minus(Duration.ofDays(3))), ZONE, NOW);
        assertEquals(Finding.Level.WARN, cut.level(), "a hall cut off runs on alone: days of backlog warn");
        assertTrue(cut.message().startsWith("5,200 events wait for the city hub since 2026-12-01 16:00 (last "
                + "acknowledged 2026-12-01 16:00)"), cut.message());
    }

    private static Finding one(Backlog sink) {
        DatabaseFacts f = new DatabaseFacts(List.of("ok"), 30, 10, 1, 1000, 500, NOW.minus(Duration.ofDays(2)),
                List.of(sink), null);
        List<Finding> out = ExportJudgements.ratings(f, ZONE, NOW);
        assertEquals(1, out.size());
        return out.get(0);
    }

    private static Backlog sink(long waiting, Instant oldest) {
        return new Backlog("file", waiting, oldest, NOW.minus(Duration.ofMinutes(2)));
    }
}
