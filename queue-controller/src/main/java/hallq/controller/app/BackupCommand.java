package hallq.controller.app;

import hallq.controller.adapter.sqlite.SqliteBackup;
import hallq.controller.backup.BackupException;
import hallq.controller.backup.Backups;
import hallq.controller.backup.Manifest;
import hallq.protocol.config.HallConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ./hall controller backup}: a checked backup of the hall's records, secrets and configuration. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Back up the hall (database, staff, secrets, configuration) into one checked archive, "
                + "while the controller runs or not (docs/operations.md).")
public final class BackupCommand implements Callable<Integer> {
    @Mixin
    HallOptions files = new HallOptions();

    @Option(names = "--to", description = "folder for the archive (default: DATA/backups)")
    Path to;

    @Override
    public Integer call() {
        HallConfig hall = files.load();
        if (hall == null) {
            return 2;
        }
        long start = System.nanoTime();
        try {
            Backups.Taken t = new Backups(new SqliteBackup()).take(files.data, hall.hall().id(),
                    files.config, to != null ? to : files.data.resolve("backups"), Clock.systemUTC().instant(),
                    ZoneId.of(hall.hall().timezone()));
            Manifest m = t.manifest();
            System.out.printf("%s (%,d bytes, %d ms)%n  hall %s, schema %d, tickets up to id %d, %s: last numbers %s%n"
                    + "  checked: database integrity and the SHA-256 of its %d entries%n", t.archive(), t.bytes(),
                    (System.nanoTime() - start) / 1_000_000, m.hallId(), m.schemaVersion(), m.highestTicketId(),
                    m.businessDay() == null ? "no tickets yet" : m.businessDay(), m.lastNumbers(), m.entries().size());
            return 0;
        } catch (BackupException | RuntimeException e) {
            System.err.println("hallq backup: " + e.getMessage());
            return 1;
        }
    }
}
