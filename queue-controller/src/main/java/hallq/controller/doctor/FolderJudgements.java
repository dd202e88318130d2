package hallq.controller.doctor;

import hallq.controller.backup.HallDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Judgements on the hall's files (pure: each takes what was measured): the configuration, the data
 * folder and its secrets, the latest backup, the database.
 */
public final class FolderJudgements {
    /** A backup older than this is a warning, older than {@link #BACKUP_FAIL} a failure. */
    static final Duration BACKUP_WARN = Duration.ofDays(2);
    static final Duration BACKUP_FAIL = Duration.ofDays(7);

    private FolderJudgements() {
    }

    /** {@code problem} null: it loaded and validated, and {@code summary} says what it is. */
    public static Finding config(Path file, String summary, String problem) {
        if (problem != null) {
            return Finding.fail("config", problem + ": fix it (--config names the file, docs/configuration.md every key) and run doctor again");
        }
        return Finding.ok("config", file + ": " + summary);
    }

    /** {@code exists}: the folder is there; {@code writable}: a file could be made in it (or, missing, its parent). */
    public static Finding dataFolder(Path data, boolean exists, boolean writable) {
        if (!writable) {
            return Finding.fail("data", data.toAbsolutePath() + (exists ? " is not writable by this user" : " cannot be created")
                    + ": run as the user the controller runs as, or give it the folder (chown -R USER " + data + ")");
        }
        if (!exists) {
            return Finding.warn("data", data.toAbsolutePath() + " does not exist yet: the controller creates it on its "
                    + "first start (or is --data wrong?)");
        }
        return Finding.ok("data", data.toAbsolutePath() + " exists and is writable");
    }

    /**
     * {@code open}: the private files and folders (relative names: secrets, staff, the database, backups) that
     * others than the owner can read or write.
     */
    public static Finding secrets(int checked, List<String> open) {
        if (!open.isEmpty()) {
            return Finding.fail("secrets", "readable by others than the owner: " + String.join(", ", open)
                    + ": chmod 600 each (chmod 700 their folders)");
        }
        return Finding.ok("secrets", checked == 0 ? "none yet (the first start writes them, owner-only)"
                : checked + " private files and folders (secrets, staff, database, backups), owner-only");
    }

    /** {@code age}: of the newest backup of this hall in the folder, empty when there is none. */
    public static Finding backups(Path folder, Optional<Duration> age, String newest, boolean hasRecords) {
        String take = "./hall controller backup takes one now; the running controller takes one daily after closing";
        if (age.isEmpty()) {
            String what = "no backup of this hall in " + folder + ": " + take;
            return hasRecords ? Finding.fail("backups", what) : Finding.warn("backups", what + " (no records yet)");
        }
        Duration a = age.get().isNegative() ? Duration.ZERO : age.get();
        String text = newest + " is " + human(a) + " old";
        if (a.compareTo(BACKUP_FAIL) > 0) {
            return Finding.fail("backups", text + " (over 7 days): " + take + "; is the controller running?");
        }
        if (a.compareTo(BACKUP_WARN) > 0) {
            return Finding.warn("backups", text + " (over 2 days): " + take);
        }
        return Finding.ok("backups", text + " (copy " + folder + " off this machine too)");
    }

    /**
     * {@code quickCheck}: the rows of {@code PRAGMA quick_check} (["ok"] when sound); {@code version}
     * the database's schema, {@code release} this release's newest. Null facts: there is no database yet.
     */
    public static Finding database(Path file, DatabaseFacts facts, int release) {
        if (facts == null) {
            return Finding.warn("database", "no database at " + file + " yet: the controller creates it on its first start");
        }
        if (!facts.quickCheck().equals(List.of("ok"))) {
            return Finding.fail("database", file + " fails its integrity check (" + String.join("; ", facts.quickCheck())
                    + "): stop the controller and restore the latest backup (./hall controller restore FILE)");
        }
        if (facts.schemaVersion() > release) {
            return Finding.fail("database", file + " " + HallDatabase.newerSchema(facts.schemaVersion(), release));
        }
        String counts = String.format("%,d tickets over %,d days", facts.tickets(), facts.ticketDays());
        if (facts.schemaVersion() < release) {
            return Finding.warn("database", "integrity ok, " + counts + "; at schema " + facts.schemaVersion()
                    + ": this release upgrades it to " + release + " on its next start (take a backup first)");
        }
        return Finding.ok("database", "integrity ok (quick_check), schema " + release + ", " + counts);
    }

    static String human(Duration d) {
        if (d.toDays() >= 2) {
            return d.toDays() + " days";
        }
        if (d.toHours() >= 1) {
            return d.toHours() + " h";
        }
        return Math.max(d.toMinutes(), 0) + " min";
    }
}
