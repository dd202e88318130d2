package hallq.controller.backup;

import hallq.controller.auth.PrivateFiles;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Takes a backup of a hall's data folder, while its controller runs or not, into one archive
 * {@code hallq-backup-<hall>-<yyyyMMdd-HHmmss>.zip} (owner-only): a consistent copy of the database,
 * checked ({@code integrity_check}), the files of {@link HallFiles}, and a manifest. The archive is
 * read back and checked against its manifest before it gets its name, so a file by that name is a
 * good backup.
 */
public final class Backups {
    static final String PREFIX = "hallq-backup-";
    static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private final HallDatabase database;

    /** A backup taken: the archive, its manifest and its size in bytes. */
    public record Taken(Path archive, Manifest manifest, long bytes) {
    }

    public Backups(HallDatabase database) {
        this.database = database;
    }

    /** The archive's name for a hall at an instant (local time of {@code zone}). */
    public static String fileName(String hallId, Instant at, ZoneId zone) {
        return PREFIX + hallId + "-" + STAMP.format(at.atZone(zone)) + ".zip";
    }

    /**
     * Backs up {@code data} (the hall {@code hallId} configured by {@code hallFile}) into the folder
     * {@code to}, named by {@code now} in {@code zone}.
     */
    public Taken take(Path data, String hallId, Path hallFile, Path to, Instant now, ZoneId zone)
            throws BackupException {
        Path target = to.resolve(fileName(hallId, now, zone));
        if (Files.exists(target)) {
            throw new BackupException(target + " exists already");
        }
        Path staging = null;
        Path partial = to.resolve("." + target.getFileName() + ".partial");
        try {
            PrivateFiles.createPrivateDirectories(to);
            staging = Files.createTempDirectory(to, ".backup-");
            Map<String, Path> files = new LinkedHashMap<>();
            Path db = staging.resolve(HallFiles.DATABASE);
            database.copy(data.resolve(HallFiles.DATABASE), db);
            HallDatabase.Facts facts = database.check(db);
            files.put(HallFiles.DATABASE, db);
            for (String name : HallFiles.DATA) {
                Path source = data.resolve(name);
                if (Files.isRegularFile(source)) {
                    Path copy = staging.resolve(name.replace('/', '_'));
                    Files.copy(source, copy); // a snapshot: the entry is what its checksum says
                    files.put(name, copy);
                }
            }
            files.putAll(HallFiles.config(hallFile));
            List<Manifest.Entry> entries = new ArrayList<>();
            for (Map.Entry<String, Path> f : files.entrySet()) {
                entries.add(BackupArchive.describe(f.getKey(), f.getValue()));
            }
            Manifest manifest = Manifest.of(hallId, now, facts, entries);
            Files.deleteIfExists(partial);
            BackupArchive.write(partial, manifest, files);
            BackupArchive.read(partial, null);
            move(partial, target);
            return new Taken(target, manifest, Files.size(target));
        } catch (IOException e) {
            throw new BackupException("cannot back up into " + to + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(staging);
            deleteQuietly(partial);
        }
    }

    static void move(Path from, Path to) throws IOException {
        if (Files.exists(to)) {
            throw new FileAlreadyExistsException(to.toString());
        }
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Deletes a file or a folder with everything in it; what cannot be deleted stays. */
    static void deleteQuietly(Path path) {
        if (path == null || !Files.exists(path)) {
            return;
        }
        try (Stream<Path> all = Files.walk(path)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a leftover in a hidden staging folder harms nothing
        }
    }
}
