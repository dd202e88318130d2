package hallq.dist;

import hallq.controller.adapter.sqlite.Migrations;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * {@code bin/hallq --version}: this release's version, the hall database's schema version (the controller's own
 * {@link Migrations#releaseVersion()}) and the city hub's (the highest migration it carries), the platform the bundle was made for and the Java that runs it.
 */
public final class VersionMain {
    /** Where the controller and the hub keep their Flyway migrations (SqliteStore, HubDatabase). */
    static final String HALL_MIGRATIONS = "db/migration";
    static final String HUB_MIGRATIONS = "db/hub";

    private VersionMain() {
    }

    public static void main(String[] args) {
        ClassLoader loader = VersionMain.class.getClassLoader();
        System.out.println("HallQ " + release() + platform());
        // the controller's own count, the one it upgrades to and refuses a newer database by (Migrations.TooNew)
        System.out.println("hall database schema " + Migrations.releaseVersion());
        System.out.println("city hub schema " + schema(loader, HUB_MIGRATIONS));
        System.out.println("Java " + System.getProperty("java.version") + " (" + System.getProperty("java.home") + ")");
    }

    static String release() {
        try (InputStream in = VersionMain.class.getResourceAsStream("version.properties")) {
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String schema(ClassLoader loader, String location) {
        return SchemaVersion.highest(loader, location).map(SchemaVersion::toString).orElse("unknown (no " + location + ")");
    }

    /** The bundle's PLATFORM file, when run from a bundle (bin/hallq sets hallq.home). */
    private static String platform() {
        String home = System.getProperty("hallq.home");
        Path file = home == null ? null : Path.of(home, "PLATFORM");
        try {
            return file != null && Files.isReadable(file) ? " for " + Files.readString(file, StandardCharsets.UTF_8).strip() : "";
        } catch (IOException e) {
            return "";
        }
    }
}
