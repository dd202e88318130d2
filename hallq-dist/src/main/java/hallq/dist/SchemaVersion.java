package hallq.dist;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The highest Flyway migration in a classpath location, such as {@code db/migration} in the controller's jar: the
 * schema version a release creates or upgrades to. Read from the jars themselves, so it cannot drift from them.
 */
public record SchemaVersion(List<Integer> parts) implements Comparable<SchemaVersion> {
    /** Flyway's versioned migrations: {@code V15__restores.sql}, {@code V1_2__x.sql} (= 1.2), {@code V1.2__x.sql}. */
    private static final Pattern MIGRATION = Pattern.compile("V(\\d+(?:[._]\\d+)*)__[^/]*\\.sql");

    public SchemaVersion {
        parts = List.copyOf(parts);
    }

    /** The version of a migration file name, if it is a versioned migration. */
    public static Optional<SchemaVersion> ofMigration(String fileName) {
        Matcher m = MIGRATION.matcher(fileName);
        if (!m.matches()) {
            return Optional.empty();
        }
        List<Integer> parts = new ArrayList<>();
        for (String p : m.group(1).split("[._]")) {
            parts.add(Integer.parseInt(p));
        }
        return Optional.of(new SchemaVersion(parts));
    }

    /** The highest versioned migration under {@code location} (e.g. {@code db/migration}) in any jar or folder. */
    public static Optional<SchemaVersion> highest(ClassLoader loader, String location) {
        try {
            List<String> names = new ArrayList<>();
            for (URL url : Collections.list(loader.getResources(location))) {
                names.addAll(fileNames(url, location));
            }
            return names.stream().map(SchemaVersion::ofMigration).flatMap(Optional::stream).max(Comparator.naturalOrder());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> fileNames(URL url, String location) throws IOException {
        if ("jar".equals(url.getProtocol())) {
            JarURLConnection connection = (JarURLConnection) url.openConnection();
            connection.setUseCaches(false);
            try (JarFile jar = connection.getJarFile()) {
                String prefix = location + "/";
                return jar.stream().map(e -> e.getName()).filter(n -> n.startsWith(prefix))
                        .map(n -> n.substring(prefix.length())).filter(n -> !n.contains("/")).toList();
            }
        }
        try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
            return files.map(p -> p.getFileName().toString()).toList();
        } catch (URISyntaxException e) {
            throw new IOException("not a folder: " + url, e);
        }
    }

    @Override
    public int compareTo(SchemaVersion o) {
        for (int i = 0; i < Math.max(parts.size(), o.parts.size()); i++) {
            int a = i < parts.size() ? parts.get(i) : 0;
            int b = i < o.parts.size() ? o.parts.get(i) : 0;
            if (a != b) {
                return Integer.compare(a, b);
            }
        }
        return 0;
    }

    @Override
    public String toString() {
        return String.join(".", parts.stream().map(String::valueOf).toList());
    }
}
