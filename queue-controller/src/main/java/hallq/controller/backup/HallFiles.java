package hallq.controller.backup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a backup takes: the database, and what the hall needs besides to come back — staff accounts,
 * the key of the ID-number hashes in the records, the MQTT logins of its devices, its password at the
 * city hub — and, for reference, its configuration. Not taken: the broker's store (rebuilt from the
 * controller's state), the first-run and device password hand-over files (the hashes are kept; a
 * lost hand-over is renewed with passwd), the lock file, earlier backups.
 */
final class HallFiles {
    static final String DATABASE = "hallq.db";
    /** Put back by a restore, relative to the data folder, when the backup has them. */
    static final List<String> DATA = List.of("staff.yml", "secrets/person-key", "secrets/mqtt-clients.yml",
            "secrets/city-hub.password", "secrets/city-person-keys.json");
    /** Kept for reference only: the configuration lives outside the data folder (--config). */
    static final String CONFIG = "config/";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private HallFiles() {
    }

    /** Whether a restore may write this entry into the data folder. */
    static boolean restored(String name) {
        return name.equals(DATABASE) || DATA.contains(name);
    }

    /** Whether an archive may hold this entry at all. */
    static boolean known(String name) {
        return restored(name) || name.matches("config/[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)*")
                && Arrays.stream(name.split("/")).noneMatch(part -> part.equals(".") || part.equals(".."));
    }

    /** The hall file and the files it refers to (its calendar, its services' guides), by entry name. */
    static Map<String, Path> config(Path hallFile) throws BackupException {
        Map<String, Path> out = new LinkedHashMap<>();
        out.put(CONFIG + hallFile.getFileName(), hallFile);
        List<String> refs = new ArrayList<>();
        try {
            JsonNode root = YAML.readTree(hallFile.toFile());
            if (root.path("calendar").isTextual()) {
                refs.add(root.path("calendar").asText());
            }
            root.path("services").forEach(s -> {
                if (s.path("guide").isTextual()) {
                    refs.add(s.path("guide").asText());
                }
            });
        } catch (IOException e) {
            throw new BackupException("cannot read the hall configuration " + hallFile + ": " + e.getMessage(), e);
        }
        for (String ref : refs) {
            String name = CONFIG + Path.of(ref).normalize().toString().replace('\\', '/');
            Path file = hallFile.resolveSibling(ref);
            if (known(name) && Files.isRegularFile(file)) {
                out.put(name, file);
            }
        }
        return out;
    }
}
