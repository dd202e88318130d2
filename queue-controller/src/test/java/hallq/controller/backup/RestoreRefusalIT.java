package hallq.controller.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hallq.controller.adapter.sqlite.Migrations;
import hallq.controller.adapter.sqlite.SqliteBackup;
import hallq.controller.app.Controller;
import hallq.controller.testing.Http;
import hallq.controller.testing.TestHall;
import hallq.protocol.testing.MutableClock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Archives a restore must refuse, each with a clear message and the data folder left exactly as it was. */
class RestoreRefusalIT {
    private final HallDatabase db = new SqliteBackup();
    private final Restores restores = new Restores(db);
    private final MutableClock clock = MutableClock.mondayAt(10, 0);
    private Path data;
    private Path good;
    private Path work;

    @BeforeEach
    void hallWithABackup() throws Exception {
        data = TestHall.newDataDir();
        work = data.resolveSibling(data.getFileName() + "-work");
        try (Controller c = TestHall.start(data, clock)) {
            Http.manager(c.httpPort()).issue("HJ", null);
        }
        good = new Backups(db).take(data, "yunshan-center", TestHall.DEMO, work, clock.instant(), TestHall.ZONE)
                .archive();
        try (Controller c = TestHall.start(data, clock)) { // the hall goes on after the backup
            Http.manager(c.httpPort()).issue("HJ", null);
        }
    }

    @Test
    void aTruncatedArchive() throws Exception {
        byte[] bytes = Files.readAllBytes(good);
        Path cut = work.resolve("cut.zip");
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        refused(cut, "cut.zip is not a readable backup archive");
    }

    @Test
    void anEntryAlteredAfterTheBackup() throws Exception {
        Path staged = Files.createDirectories(work.resolve("tampered"));
        Manifest m = BackupArchive.read(good, staged);
        Files.writeString(staged.resolve("staff.yml"), "accounts: []\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        Path tampered = work.resolve("tampered.zip");
        BackupArchive.write(tampered, m, entries(staged, m));
        refused(tampered, "the entry staff.yml does not match its checksum");
    }

    @Test
    void aDatabaseOfANewerRelease() throws Exception {
        Path staged = Files.createDirectories(work.resolve("newer"));
        Manifest m = BackupArchive.read(good, staged);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + staged.resolve("hallq.db"));
             Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, "
                    + "checksum, installed_by, execution_time, success) VALUES (99, '99', 'later', 'SQL', "
                    + "'V99__later.sql', 0, '', 0, 1)");
        }
        List<Manifest.Entry> entries = new ArrayList<>();
        for (Manifest.Entry e : m.entries()) {
            entries.add(BackupArchive.describe(e.name(), staged.resolve(e.name())));
        }
        Manifest newer = new Manifest(m.format(), m.hallId(), m.createdAt(), 99, m.highestTicketId(), m.businessDay(),
                m.lastNumbers(), m.lastRecordAt(), m.outboxHighest(), entries);
        Path archive = work.resolve("newer.zip");
        BackupArchive.write(archive, newer, entries(staged, newer));
        refused(archive, "schema version 99, newer than this release's " + Migrations.releaseVersion());
    }

    @Test
    void aFileThatIsNotThere() throws Exception {
        refused(work.resolve("nothing.zip"), "no such file");
    }

    private static Map<String, Path> entries(Path staged, Manifest m) {
        Map<String, Path> out = new LinkedHashMap<>();
        m.entries().forEach(e -> out.put(e.name(), staged.resolve(e.name())));
        return out;
    }

    /** Refused with a message that says why; every file of the data folder as it was. */
    private void refused(Path archive, String why) throws Exception {
        Map<Path, String> before = snapshot();
        BackupException e = assertThrows(BackupException.class,
                () -> restores.restore(archive, data, clock.instant(), TestHall.ZONE));
        assertTrue(e.getMessage().contains(why), e.getMessage());
        assertEquals(before, snapshot());
    }

    private Map<Path, String> snapshot() throws Exception {
        Map<Path, String> out = new LinkedHashMap<>();
        try (Stream<Path> all = Files.walk(data)) {
            for (Path p : all.filter(Files::isRegularFile).filter(p -> !p.startsWith(data.resolve("broker"))).sorted()
                    .toList()) {
                out.put(data.relativize(p), BackupArchive.describe(p.toString(), p).sha256());
            }
        }
        return out;
    }
}
