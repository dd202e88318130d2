package hallq.controller.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

/**
 * Files only their owner may read (staff accounts, MQTT logins, first-run and device passwords),
 * each written whole and swapped in at once, so a reader never sees half a file.
 */
public final class PrivateFiles {
    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE);

    private PrivateFiles() {
    }

    public static void write(Path target, String text) {
        try {
            Path dir = target.toAbsolutePath().getParent();
            createPrivateDirectories(dir);
            Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
            try {
                ownerOnly(tmp, "rw-------");
                Files.writeString(tmp, text);
                try {
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /** Creates an empty file only its owner may read and write; fails if it exists. */
    public static void createFile(Path file) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file);
        }
    }

    /** Creates {@code dir} (and parents); a directory it creates is the owner's only. */
    public static void createPrivateDirectories(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir);
            ownerOnly(dir, "rwx------");
        }
    }

    /**
     * Makes an existing file (or folder) its owner's only, 600 (700), when others could read or write it: files
     * an earlier release made with the user's umask. A missing one is left missing.
     */
    public static void closeToOthers(Path p) throws IOException {
        try {
            if (Files.getPosixFilePermissions(p).stream().anyMatch(OTHERS::contains)) {
                ownerOnly(p, Files.isDirectory(p) ? "rwx------" : "rw-------");
            }
        } catch (NoSuchFileException | UnsupportedOperationException e) {
            // nothing to close, or not a POSIX file system
        }
    }

    /** Whether others than the owner may read or write {@code p} (false off POSIX, or when it is missing). */
    public static boolean openToOthers(Path p) throws IOException {
        try {
            return Files.getPosixFilePermissions(p).stream().anyMatch(OTHERS::contains);
        } catch (NoSuchFileException | UnsupportedOperationException e) {
            return false;
        }
    }

    private static void ownerOnly(Path p, String mode) throws IOException {
        try {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(mode));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the folder's own protection has to do
        }
    }
}
