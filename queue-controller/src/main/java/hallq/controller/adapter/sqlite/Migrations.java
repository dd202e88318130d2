package hallq.controller.adapter.sqlite;

import hallq.controller.backup.HallDatabase;
import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * The hall database's schema: this release's migrations ({@code db/migration/V<n>__*.sql} on the
 * class path) and bringing a database file to them. A database already at this release's schema is
 * opened without Flyway (the controller's every start; Flyway's scan and validation cost most of a
 * second on a cold JVM, docs/performance.md); one with a migration pending goes through Flyway's
 * validate and migrate; one written by a newer release is refused ({@link TooNew}).
 */
public final class Migrations {
    static final String LOCATION = "db/migration";
    private static final Pattern NAME = Pattern.compile("V(\\d+)__[^/]+\\.sql");
    private static volatile List<Integer> release;

    private Migrations() {
    }

    /** A database of a newer release than this one: this release would not know its tables. */
    public static final class TooNew extends SQLException {
        private final int database;
        private final int releaseVersion;

        TooNew(Path file, int database, int releaseVersion) {
            super(file + " " + HallDatabase.newerSchema(database, releaseVersion));
            this.database = database;
            this.releaseVersion = releaseVersion;
        }

        public int database() {
            return database;
        }

        public int release() {
            return releaseVersion;
        }
    }

    /** The versions of this release's migrations, lowest first (with gaps: there are no V7–V9). */
    public static List<Integer> releaseVersions() {
        List<Integer> known = release;
        if (known == null) {
            known = Collections.unmodifiableList(new ArrayList<>(scan()));
            release = known;
        }
        return known;
    }

    /** The newest schema version this release knows. */
    public static int releaseVersion() {
        List<Integer> all = releaseVersions();
        return all.isEmpty() ? 0 : all.get(all.size() - 1);
    }

    /** The database's schema version: the highest migration applied; 0 for a database without any. */
    public static int version(Connection c) throws SQLException {
        List<Integer> applied = applied(c);
        return applied.isEmpty() ? 0 : applied.get(applied.size() - 1);
    }

    /** The schema version of the database {@code file} (an existing file), as {@link #version(Connection)}. */
    public static int version(Path file) throws SQLException {
        if (!Files.isRegularFile(file)) {
            throw new SQLException("no database at " + file);
        }
        try (Connection c = DriverManager.getConnection(url(file))) {
            return version(c);
        }
    }

    /**
     * Brings {@code file} (created if missing) to this release's schema. Without Flyway when every
     * migration of this release, and no other, is applied already and none failed.
     */
    public static void upToDate(Path file) throws SQLException {
        if (Files.isRegularFile(file) && notNewer(file).equals(releaseVersions())) {
            return;
        }
        migrate(file, null);
    }

    /**
     * Refuses a database written by a newer release ({@link TooNew}) and changes nothing, creates nothing: the
     * controller's first check, before anything of it listens.
     */
    public static void refuseNewer(Path file) throws SQLException {
        if (Files.isRegularFile(file)) {
            notNewer(file);
        }
    }

    /** The migrations applied to {@code file}, once they are known to be none newer than this release's. */
    private static List<Integer> notNewer(Path file) throws SQLException {
        List<Integer> applied;
        try (Connection c = DriverManager.getConnection(url(file))) {
            applied = applied(c);
        }
        int newest = applied.isEmpty() ? 0 : applied.get(applied.size() - 1);
        if (newest > releaseVersion()) {
            throw new TooNew(file, newest, releaseVersion());
        }
        return applied;
    }

    /** Runs Flyway's migrate on {@code file} up to {@code target} (null: this release's newest). */
    public static void migrate(Path file, Integer target) throws SQLException {
        try {
            var config = Flyway.configure().dataSource(url(file), null, null).locations("classpath:" + LOCATION)
                    .loggers("slf4j");
            if (target != null) {
                config = config.target(Integer.toString(target));
            }
            config.load().migrate();
        } catch (FlywayException e) {
            throw new SQLException("cannot bring " + file + " to this release's schema: " + e.getMessage(), e);
        }
    }

    /**
     * The versions applied, lowest first; a failed migration counts as -1 (never equal to a
     * release's list, so Flyway gets to report it).
     */
    private static List<Integer> applied(Connection c) throws SQLException {
        List<Integer> out = new ArrayList<>();
        try (Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery(
                    "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'flyway_schema_history'")) {
                if (!r.next()) {
                    return out;
                }
            }
            try (ResultSet r = s.executeQuery("SELECT version, success FROM flyway_schema_history "
                    + "WHERE version IS NOT NULL ORDER BY CAST(version AS INTEGER)")) {
                while (r.next()) {
                    out.add(r.getBoolean(2) ? parse(r.getString(1)) : -1);
                }
            }
        }
        Collections.sort(out);
        return out;
    }

    private static int parse(String version) {
        try {
            return Integer.parseInt(version);
        } catch (NumberFormatException e) {
            return -1; // not one of ours
        }
    }

    private static String url(Path file) {
        return "jdbc:sqlite:" + file.toAbsolutePath();
    }

    /**
     * The migration versions in {@value #LOCATION}, from a folder or a jar on the class path (or, for
     * a jar stored without folder entries, this class's own jar). Never empty: a release without
     * them would take every database for a newer one.
     */
    private static TreeSet<Integer> scan() {
        TreeSet<Integer> out = new TreeSet<>();
        try {
            List<URL> folders = Collections.list(Migrations.class.getClassLoader().getResources(LOCATION));
            if (folders.isEmpty()) {
                URL jar = Migrations.class.getProtectionDomain().getCodeSource().getLocation();
                folders = List.of(new URL("jar:" + jar + "!/")); // names() lists the entries under LOCATION
            }
            for (URL folder : folders) {
                for (String name : names(folder)) {
                    Matcher m = NAME.matcher(name);
                    if (m.matches()) {
                        out.add(Integer.parseInt(m.group(1)));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("cannot list this release's migrations (" + LOCATION + "): " + e, e);
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("no migrations in " + LOCATION + " on the class path: a broken release?");
        }
        return out;
    }

    private static List<String> names(URL folder) throws IOException {
        List<String> out = new ArrayList<>();
        switch (folder.getProtocol()) {
            case "file" -> {
                try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
                    files.forEach(p -> out.add(p.getFileName().toString()));
                } catch (URISyntaxException e) {
                    throw new IOException("odd class path entry " + folder, e);
                }
            }
            case "jar" -> {
                JarURLConnection jar = (JarURLConnection) folder.openConnection();
                jar.setUseCaches(false);
                try (var file = jar.getJarFile()) {
                    String prefix = LOCATION + "/";
                    file.stream().map(e -> e.getName()).filter(n -> n.startsWith(prefix))
                            .forEach(n -> out.add(n.substring(prefix.length())));
                }
            }
            default -> throw new IOException("cannot list migrations in " + folder);
        }
        return out;
    }
}
