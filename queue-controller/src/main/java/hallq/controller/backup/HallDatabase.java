package hallq.controller.backup;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The hall's database as backups see it (the SQLite file, {@code adapter.sqlite.SqliteBackup}). */
public interface HallDatabase {
    /**
     * What a copy holds: its schema version (the highest migration applied), the highest ticket id,
     * the latest business day with tickets and the highest number of each prefix on it, the latest
     * instant stored (hall time; null for an empty hall) and the highest city outbox seq.
     */
    record Facts(int schemaVersion, long highestTicketId, LocalDate businessDay, List<String> lastNumbers,
                 Instant lastRecordAt, long outboxHighest) {
    }

    /**
     * Why a database at schema {@code database} is refused by a release that knows up to
     * {@code release}, and what to do (the controller's start and doctor say it alike).
     */
    static String newerSchema(int database, int release) {
        return "is at schema " + database + ", written by a newer HallQ; this release knows up to " + release
                + ": upgrade HallQ, or restore a backup made by this release";
    }

    /** A consistent copy of the live database {@code live} (a controller may be writing) into {@code target}, a new file. */
    void copy(Path live, Path target) throws BackupException;

    /** Checks a copy's integrity ({@code PRAGMA integrity_check}) and says what it holds. */
    Facts check(Path copy) throws BackupException;

    /** The newest schema version this release knows. */
    int releaseSchemaVersion() throws BackupException;

    /**
     * Brings a checked copy to this release's schema and records in it that it was restored from
     * {@code archive}, so the controller's next start resumes numbering past the backup (D19).
     */
    void markRestored(Path copy, String archive, Instant at, Facts facts) throws BackupException;
}
