package hallq.controller.adapter.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import hallq.controller.testing.TestHall;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/** This release's migrations as the store lists them, from the class folder and from a release jar. */
class MigrationsTest {
    private static final Path SOURCES = Path.of("src/main/resources/db/migration");
    private static final Path CLASSES = Path.of("target/classes");

    @Test
    void releaseVersions_areTheMigrationFiles() throws Exception {
        assertEquals(filed(), Migrations.releaseVersions());
    }

    /** Some jar tools store no folder entries; the class loader then finds no db/migration "folder". */
    @Test
    void releaseVersions_fromAJarWithoutFolderEntries() throws Exception {
        Path jar = TestHall.newDataDir().resolve("release.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
             Stream<Path> files = Stream.concat(Files.walk(CLASSES.resolve("db")),
                     Files.walk(CLASSES.resolve("hallq/controller/adapter/sqlite")))) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new ZipEntry(CLASSES.relativize(p).toString()));
                Files.copy(p, out);
                out.closeEntry();
            }
            out.putNextEntry(new ZipEntry("hallq/controller/backup/HallDatabase.class"));
            Files.copy(CLASSES.resolve("hallq/controller/backup/HallDatabase.class"), out);
            out.closeEntry();
        }
        URL flyway = org.flywaydb.core.Flyway.class.getProtectionDomain().getCodeSource().getLocation();
        try (URLClassLoader release = new URLClassLoader(new URL[] {jar.toUri().toURL(), flyway},
                ClassLoader.getPlatformClassLoader())) {
            Class<?> m = release.loadClass(Migrations.class.getName());
            assertEquals(jar.toUri().toURL(), m.getProtectionDomain().getCodeSource().getLocation());
            assertEquals(filed(), m.getMethod("releaseVersions").invoke(null));
        }
    }

    private static List<Integer> filed() throws Exception {
        try (Stream<Path> files = Files.list(SOURCES)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.matches("V\\d+__.+\\.sql"))
                    .map(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).sorted().toList();
        }
    }
}
