package hallq.city.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import hallq.city.core.HubProblem;
import hallq.protocol.Json;
import hallq.protocol.city.PersonKeyRing;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The city's person keys (docs/city.md, "One identity"), in a file of the hub's data folder that only
 * its owner may read — never in the database, so that a copy of the database (a report replica, a
 * dump) holds hashes but not the keys that would let anyone match them against ID numbers. Made on
 * the first start; {@link #rotate} adds a key for a coming day and gives the keys before it an end
 * for look-ups. A running hub sees a rotation made by the command line within a second.
 */
public final class PersonKeyFile {
    /** Days an earlier key still serves look-ups after a rotation, by default: the longest handover's life. */
    public static final int KEEP_DAYS = 90;
    private static final ObjectMapper JSON = Json.strict();
    private final Path file;
    private PersonKeyRing ring;
    private FileTime seen;
    private long checkedAt;

    private PersonKeyFile(Path file, PersonKeyRing ring) {
        this.file = file;
        this.ring = ring;
    }

    /** The ring in {@code file}, made with one key when there is none. */
    public static PersonKeyFile open(Path file) {
        try {
            if (!Files.exists(file)) {
                write(file, new PersonKeyRing(1, List.of(new PersonKeyRing.Key(1, secret(), LocalDate.of(2000, 1, 1),
                        null))));
            }
            PersonKeyFile f = new PersonKeyFile(file, read(file));
            f.seen = Files.getLastModifiedTime(file);
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or make the city's person keys " + file + ": "
                    + e.getMessage(), e);
        }
    }

    /** A ring for this run only (tests of a hub without a data folder). */
    public static PersonKeyFile inMemory() {
        return new PersonKeyFile(null, new PersonKeyRing(1, List.of(new PersonKeyRing.Key(1, secret(),
                LocalDate.of(2000, 1, 1), null))));
    }

    /** The ring as halls are to hold it on {@code today} (keys past their look-up end left out). */
    public synchronized PersonKeyRing ring(LocalDate today) {
        reloadIfChanged();
        return ring.current(today);
    }

    /**
     * Adds a key that hashes from {@code from} on (not before tomorrow, so every hall online has it
     * before it is used); every earlier key without an end serves look-ups until {@code keepDays}
     * after {@code from}. Keys past their end are dropped.
     */
    public synchronized PersonKeyRing rotate(LocalDate from, int keepDays, LocalDate today) {
        if (!from.isAfter(today)) {
            throw HubProblem.invalid("a new person key starts tomorrow at the earliest, so that every hall has it "
                    + "before it is used; not " + from);
        }
        if (keepDays < 1 || keepDays > 3660) {
            throw HubProblem.invalid("keep-days: 1 to 3660");
        }
        reloadIfChanged();
        List<PersonKeyRing.Key> keys = new ArrayList<>();
        int next = 1;
        for (PersonKeyRing.Key k : ring.keys()) {
            next = Math.max(next, k.id() + 1);
            if (!k.activeFrom().isBefore(from)) {
                throw HubProblem.invalid("key " + k.id() + " already starts on " + k.activeFrom());
            }
            if (k.lookupUntil() == null || !today.isAfter(k.lookupUntil())) {
                keys.add(k.lookupUntil() == null ? new PersonKeyRing.Key(k.id(), k.secret(), k.activeFrom(),
                        from.plusDays(keepDays)) : k);
            }
        }
        keys.add(new PersonKeyRing.Key(next, secret(), from, null));
        PersonKeyRing rotated = new PersonKeyRing(ring.version() + 1, keys);
        if (file != null) {
            write(file, rotated);
            try {
                seen = Files.getLastModifiedTime(file);
            } catch (IOException e) {
                seen = null;
            }
        }
        ring = rotated;
        return rotated;
    }

    private void reloadIfChanged() {
        long now = System.nanoTime();
        if (file == null || now - checkedAt < 1_000_000_000L) {
            return;
        }
        checkedAt = now;
        try {
            FileTime t = Files.getLastModifiedTime(file);
            if (!t.equals(seen)) {
                ring = read(file);
                seen = t;
            }
        } catch (IOException | UncheckedIOException e) { // keep the ring held; the next check tries again
            seen = null;
        }
    }

    private static PersonKeyRing read(Path file) throws IOException {
        return JSON.readValue(Files.readString(file, StandardCharsets.UTF_8), PersonKeyRing.class);
    }

    private static void write(Path file, PersonKeyRing ring) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try {
                Files.writeString(tmp, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(ring) + "\n",
                        StandardCharsets.UTF_8);
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the city's person keys " + file + ": " + e.getMessage(), e);
        }
    }

    private static String secret() {
        byte[] k = new byte[32];
        new SecureRandom().nextBytes(k);
        return Base64.getEncoder().encodeToString(k);
    }
}
