package hallq.controller.backup;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The lock a running controller holds on its data folder ({@value #FILE}, an OS file lock: it goes
 * with the process, even on kill -9). A second controller and a restore on the same folder are
 * refused while it is held.
 */
public final class DataFolderLock implements AutoCloseable {
    public static final String FILE = "controller.lock";
    private final FileChannel channel;
    private final FileLock lock;

    private DataFolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock of {@code data} (created if need be), or empty when another process or part of this one holds it. */
    public static Optional<DataFolderLock> tryAcquire(Path data) throws IOException {
        Files.createDirectories(data);
        FileChannel ch = FileChannel.open(data.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            FileLock lock = ch.tryLock();
            if (lock != null) {
                return Optional.of(new DataFolderLock(ch, lock));
            }
        } catch (OverlappingFileLockException e) {
            // held in this JVM
        }
        ch.close();
        return Optional.empty();
    }

    /** Another controller holds the data folder. */
    public static final class Held extends Exception {
        Held(Path data) {
            super(heldMessage(data));
        }
    }

    /** The lock of {@code data}, for a controller starting on it. */
    public static DataFolderLock acquire(Path data) throws Held, IOException {
        Optional<DataFolderLock> lock = tryAcquire(data);
        if (lock.isEmpty()) {
            throw new Held(data);
        }
        return lock.get();
    }

    /**
     * Notes in the lock file what the running controller serves on ({@code key=value} lines: pid,
     * http, mqtt), so {@code doctor} can tell this hall's controller from another program on a port.
     */
    public void describe(Map<String, String> facts) throws IOException {
        StringBuilder text = new StringBuilder();
        facts.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8)), 0);
    }

    /**
     * Whether a controller holds {@code data} now, and what it noted ({@link #describe}); empty when
     * none does. Creates nothing: a folder without a lock file has no controller.
     */
    public static Optional<Map<String, String>> holder(Path data) throws IOException {
        Path file = data.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock probe;
            try {
                probe = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                probe = null; // held in this JVM
            }
            if (probe != null) {
                probe.release();
                return Optional.empty();
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                out.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return Optional.of(out);
    }

    /** Why {@code data} cannot be used now, for the person at the terminal. */
    public static String heldMessage(Path data) {
        return "a controller is running on " + data.toAbsolutePath() + " (it holds " + FILE + "); stop it first";
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
