package hallq.controller.backup;

import hallq.controller.auth.PrivateFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Puts a backup back into a data folder whose controller is stopped: checks the archive (every
 * checksum, the database's integrity, a schema no newer than this release), records the restore in
 * the copy (so the next start resumes numbering past the backup, docs/decisions.md D19), sets the
 * files it replaces aside in {@code replaced-<stamp>/} and moves the backup's into place. Anything
 * refused or failed before the last step leaves the data folder as it was.
 */
public final class Restores {
    private final HallDatabase database;

    /** A restore done: what the backup held, and where the files it replaced are (null: it replaced none). */
    public record Restored(Manifest manifest, Path setAside) {
    }

    public Restores(HallDatabase database) {
        this.database = database;
    }

    public Restored restore(Path archive, Path data, Instant now, ZoneId zone) throws BackupException {
        if (!Files.isRegularFile(archive)) {
            throw new BackupException("no such file: " + archive);
        }
        Optional<DataFolderLock> lock;
        try {
            lock = DataFolderLock.tryAcquire(data);
        } catch (IOException e) {
            throw new BackupException("cannot use the data folder " + data + ": " + e.getMessage(), e);
        }
        if (lock.isEmpty()) {
            throw new BackupException(DataFolderLock.heldMessage(data));
        }
        Path staging = null;
        try (DataFolderLock held = lock.get()) {
            staging = Files.createTempDirectory(data, ".restore-");
            Manifest manifest = BackupArchive.read(archive, staging);
            Path db = staging.resolve(HallFiles.DATABASE);
            if (manifest.entry(HallFiles.DATABASE) == null) {
                throw new BackupException(archive.getFileName() + " holds no database");
            }
            HallDatabase.Facts facts = database.check(db);
            int release = database.releaseSchemaVersion();
            if (facts.schemaVersion() > release) {
                throw new BackupException("the backup's database has schema version " + facts.schemaVersion()
                        + ", newer than this release's " + release + ": restore it with the release that made it");
            }
            database.markRestored(db, archive.getFileName().toString(), now, facts);
            Path aside = data.resolve("replaced-" + Backups.STAMP.format(now.atZone(zone)));
            swap(staging, data, aside, placed(manifest));
            return new Restored(manifest, Files.isDirectory(aside) ? aside : null);
        } catch (IOException e) {
            throw new BackupException("cannot restore into " + data + ": " + e.getMessage(), e);
        } finally {
            Backups.deleteQuietly(staging);
        }
    }

    /** The entries a restore puts in place, the database first. */
    private static List<String> placed(Manifest manifest) {
        List<String> out = new ArrayList<>();
        for (Manifest.Entry e : manifest.entries()) {
            if (HallFiles.restored(e.name())) {
                out.add(e.name());
            }
        }
        return out;
    }

    /**
     * Moves the current files aside (the database with its WAL and shared-memory files, which belong to
     * it alone) and the staged ones in; on a failure, moves back what it moved.
     */
    private static void swap(Path staging, Path data, Path aside, List<String> names) throws IOException {
        List<String> current = new ArrayList<>();
        for (String name : names) {
            current.add(name);
            if (name.equals(HallFiles.DATABASE)) {
                current.add(name + "-wal");
                current.add(name + "-shm");
            }
        }
        Deque<Path[]> done = new ArrayDeque<>();
        try {
            for (String name : current) {
                if (Files.exists(data.resolve(name))) {
                    PrivateFiles.createPrivateDirectories(aside.resolve(name).getParent());
                    Backups.move(data.resolve(name), aside.resolve(name));
                    done.push(new Path[] {data.resolve(name), aside.resolve(name)});
                }
            }
            for (String name : names) {
                PrivateFiles.createPrivateDirectories(data.resolve(name).getParent());
                Backups.move(staging.resolve(name), data.resolve(name));
                done.push(new Path[] {staging.resolve(name), data.resolve(name)});
            }
        } catch (IOException e) {
            while (!done.isEmpty()) {
                Path[] move = done.pop(); // {from, to}: back from to
                Files.move(move[1], move[0]);
            }
            throw e;
        }
    }
}
