package hallq.controller.doctor;

import hallq.controller.auth.PrivateFiles;
import hallq.protocol.PortInUse;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** What doctor measures on the machine, each the cheapest way that answers. */
final class Probes {
    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE);

    private Probes() {
    }

    /** Whether a file can be made in {@code dir} (made and deleted again). */
    static boolean canWriteIn(Path dir) {
        try {
            Path probe = Files.createTempFile(dir, ".doctor-", ".tmp");
            Files.delete(probe);
            return true;
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    /**
     * Whether {@code target} is a folder files can be made in, or could be made as one from
     * {@code nearest}, its nearest existing folder (nothing that is not a folder in the way).
     */
    static boolean canCreateIn(Path nearest, Path target) {
        Path t = target.toAbsolutePath();
        for (Path p = t; p != null && !p.equals(nearest); p = p.getParent()) {
            if (Files.exists(p)) {
                return false; // a file where a folder must be
            }
        }
        return canWriteIn(nearest);
    }

    /** The nearest folder of {@code path} (itself or an ancestor) that exists. */
    static Path existing(Path path) {
        Path p = path.toAbsolutePath();
        while (p != null && !Files.isDirectory(p)) {
            p = p.getParent();
        }
        return p;
    }

    /** The private files and folders of a data folder (relative names) whose permissions let others than the owner in. */
    static List<String> notOwnerOnly(Path data, List<Path> secrets) {
        List<String> out = new ArrayList<>();
        for (Path f : secrets) {
            try {
                if (PrivateFiles.openToOthers(f)) {
                    out.add(data.relativize(f).toString());
                }
            } catch (IOException e) {
                // unreadable permissions: the data folder's check tells
            }
        }
        return out;
    }

    /**
     * staff.yml, the first run's password file, the database and its -wal and -shm, and the folders secrets/ and
     * backups/ with everything in them but the (empty) lock files.
     */
    static List<Path> secrets(Path data) {
        List<Path> out = new ArrayList<>();
        for (String name : List.of("staff.yml", "manager-password.txt", "hallq.db", "hallq.db-wal", "hallq.db-shm")) {
            if (Files.isRegularFile(data.resolve(name))) {
                out.add(data.resolve(name));
            }
        }
        for (Path dir : List.of(data.resolve("secrets"), data.resolve("backups"))) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> all = Files.walk(dir)) {
                all.filter(p -> !p.getFileName().toString().endsWith(".lock")).sorted().forEach(out::add);
            } catch (IOException e) {
                out.add(dir);
            }
        }
        return out;
    }

    /** Whether a server could listen on {@code host:port} now. */
    static boolean portFree(String host, int port) {
        return PortInUse.free(host, port);
    }

    /** Null when a TCP connection to the broker's address succeeds within 2 s, else why not. */
    static String connect(String brokerUrl) {
        try {
            URI u = URI.create(brokerUrl);
            int port = u.getPort() > 0 ? u.getPort() : "ssl".equals(u.getScheme()) ? 8883 : 1883;
            if (u.getHost() == null) {
                return "no host in the URL";
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(u.getHost(), port), 2000);
            }
            return null;
        } catch (IOException | IllegalArgumentException e) {
            return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
    }

    /** A character device: what a serial port is (true where the file system cannot say). */
    static boolean characterDevice(Path p) {
        try {
            int mode = (Integer) Files.getAttribute(p, "unix:mode");
            return (mode & 0170000) == 0020000;
        } catch (UnsupportedOperationException | IllegalArgumentException | IOException e) {
            return true;
        }
    }

    /** The answer of {@code timedatectl show -p NTPSynchronized --value}, or empty with {@code why[0]} set. */
    static Optional<String> ntpSynchronized(String[] why) {
        try {
            Process p = new ProcessBuilder("timedatectl", "show", "-p", "NTPSynchronized", "--value")
                    .redirectErrorStream(true).start();
            if (!p.waitFor(5, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                why[0] = "timedatectl did not answer within 5 s";
                return Optional.empty();
            }
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (p.exitValue() == 0 && (out.equals("yes") || out.equals("no"))) {
                return Optional.of(out);
            }
            why[0] = "timedatectl: " + out.lines().findFirst().orElse("exit code " + p.exitValue());
        } catch (IOException e) {
            why[0] = "no timedatectl on this machine";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            why[0] = "interrupted";
        }
        return Optional.empty();
    }
}
