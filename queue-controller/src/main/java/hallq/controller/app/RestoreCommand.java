package hallq.controller.app;

import hallq.controller.adapter.sqlite.SqliteBackup;
import hallq.controller.backup.BackupException;
import hallq.controller.backup.Manifest;
import hallq.controller.backup.Restores;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ./hall controller restore FILE}: puts a backup back into a stopped controller's data folder. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Restore a backup into the data folder (the controller must be stopped); the replaced files "
                + "are kept in DATA/replaced-<time>/ (docs/operations.md).")
public final class RestoreCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "a hallq-backup-….zip")
    Path file;

    @Option(names = "--data", description = "data folder (default: ${DEFAULT-VALUE})")
    Path data = Path.of("data");

    @Override
    public Integer call() {
        try {
            Restores.Restored r = new Restores(new SqliteBackup()).restore(file, data, Clock.systemUTC().instant(),
                    ZoneId.systemDefault());
            Manifest m = r.manifest();
            System.out.printf("restored %s into %s%n  hall %s, taken %s, schema %d, tickets up to id %d, %s: last "
                    + "numbers %s%n  %s%n  the hall's configuration as it was is in the "
                    + "archive under config/%nOn its next start the controller resumes from the backup; today's "
                    + "numbers go on past any printed since it was taken.%n", file, data, m.hallId(), m.createdAt(),
                    m.schemaVersion(), m.highestTicketId(), m.businessDay() == null ? "no tickets" : m.businessDay(),
                    m.lastNumbers(), r.setAside() == null ? "it replaced no files" : "the files it replaced are in " + r.setAside());
            return 0;
        } catch (BackupException | RuntimeException e) {
            System.err.println("hallq restore: " + e.getMessage());
            return 1;
        }
    }
}
