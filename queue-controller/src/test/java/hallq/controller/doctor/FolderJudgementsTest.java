package hallq.controller.doctor;

import static hallq.controller.doctor.Finding.Level.FAIL;
import static hallq.controller.doctor.Finding.Level.OK;
import static hallq.controller.doctor.Finding.Level.WARN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FolderJudgementsTest {
    private static final Path DATA = Path.of("/srv/hallq/data");
    private static final Path BACKUPS = DATA.resolve("backups");
    private static final Path DB = DATA.resolve("hallq.db");

    @Test
    void config_aProblem_failsNamingIt() {
        Finding f = FolderJudgements.config(Path.of("hall.yml"), null, "hall.yml: services[2].prefix: missing");
        assertEquals(FAIL, f.level());
        assertTrue(f.message().startsWith("hall.yml: services[2].prefix: missing: fix it"), f.message());
        assertEquals(OK, FolderJudgements.config(Path.of("hall.yml"), "hall h, 2 services", null).level());
    }

    @Test
    void dataFolder_unwritableFails_missingButCreatableWarns() {
        assertEquals(FAIL, FolderJudgements.dataFolder(DATA, true, false).level());
        assertEquals(FAIL, FolderJudgements.dataFolder(DATA, false, false).level());
        assertEquals(WARN, FolderJudgements.dataFolder(DATA, false, true).level());
        assertEquals(OK, FolderJudgements.dataFolder(DATA, true, true).level());
    }

    @Test
    void secrets_anyReadableByOthers_failsNamingEach() {
        Finding f = FolderJudgements.secrets(4, List.of("staff.yml", "secrets/person-key"));
        assertEquals(FAIL, f.level());
        assertTrue(f.message().contains("staff.yml, secrets/person-key: chmod 600"), f.message());
        assertEquals(OK, FolderJudgements.secrets(4, List.of()).level());
        assertEquals(OK, FolderJudgements.secrets(0, List.of()).level());
    }

    @Test
    void backups_warnOverTwoDays_failOverSeven() {
        assertEquals(OK, age(Duration.ofHours(30)).level());
        assertEquals(OK, age(Duration.ofDays(2)).level());
        assertEquals(WARN, age(Duration.ofDays(2).plusMinutes(1)).level());
        assertEquals(WARN, age(Duration.ofDays(7)).level());
        assertEquals(FAIL, age(Duration.ofDays(7).plusMinutes(1)).level());
        assertTrue(age(Duration.ofDays(9)).message().startsWith("b.zip is 9 days old"), age(Duration.ofDays(9)).message());
        assertEquals(OK, age(Duration.ofMinutes(-3)).level(), "a backup stamped a little ahead of the clock");
    }

    @Test
    void backups_noneWithRecordsFails_noneOnAnEmptyHallWarns() {
        assertEquals(FAIL, FolderJudgements.backups(BACKUPS, Optional.empty(), null, true).level());
        assertEquals(WARN, FolderJudgements.backups(BACKUPS, Optional.empty(), null, false).level());
    }

    @Test
    void database_integrityAndSchema() {
        assertEquals(WARN, FolderJudgements.database(DB, null, 15).level());
        assertEquals(OK, FolderJudgements.database(DB, facts(List.of("ok"), 15), 15).level());
        Finding older = FolderJudgements.database(DB, facts(List.of("ok"), 12), 15);
        assertEquals(WARN, older.level());
        assertTrue(older.message().contains("at schema 12: this release upgrades it to 15"), older.message());
        Finding newer = FolderJudgements.database(DB, facts(List.of("ok"), 17), 15);
        assertEquals(FAIL, newer.level());
        assertTrue(newer.message().contains("is at schema 17, written by a newer HallQ; this release knows up to 15"),
                newer.message());
        Finding broken = FolderJudgements.database(DB, facts(List.of("*** in database main ***", "Page 7: never used"),
                15), 15);
        assertEquals(FAIL, broken.level());
        assertTrue(broken.message().contains("Page 7: never used"), broken.message());
    }

    @Test
    void line_levelCheckMessageInColumns() {
        assertEquals("WARN disk     low", Finding.warn("disk", "low").line());
        assertEquals("OK   ports    free", Finding.ok("ports", "free").line());
    }

    private static Finding age(Duration d) {
        return FolderJudgements.backups(BACKUPS, Optional.of(d), "b.zip", true);
    }

    private static DatabaseFacts facts(List<String> check, int version) {
        return new DatabaseFacts(check, version, 1200, 3, 1_500_000);
    }
}
