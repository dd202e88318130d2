package hallq.controller.auth;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The staff accounts, kept in {@code staff.yml} in the data folder (never in the repository), readable
 * by the controller's user only. Changes made by {@code ./hall controller staff ...} while the
 * controller runs are picked up at the next look-up.
 */
public final class StaffDirectory {
    public static final String FILE = "staff.yml";
    public static final String FIRST_PASSWORD_FILE = "manager-password.txt";
    public static final String FIRST_MANAGER = "admin";
    private static final Logger LOG = LoggerFactory.getLogger(StaffDirectory.class);
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER))
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final String HEADER = "# HallQ staff accounts: passwords are bcrypt hashes. Change them with\n"
            + "# ./hall controller staff --help (the controller picks changes up while it runs).\n";
    private final Path file;
    private Map<String, StaffAccount> accounts;
    private FileTime loadedStamp;

    private record FileForm(List<StaffAccount> accounts) {
    }

    private StaffDirectory(Path file) {
        this.file = file;
    }

    /** Opens the accounts file of a data folder; fails with the reason if it is unreadable or invalid. */
    public static StaffDirectory open(Path dataDir) {
        StaffDirectory d = new StaffDirectory(dataDir.resolve(FILE));
        if (Files.exists(d.file)) {
            d.accounts = d.read();
        } else {
            d.accounts = new LinkedHashMap<>();
        }
        return d;
    }

    /**
     * On a first run (no accounts file), creates the manager account {@value #FIRST_MANAGER} with a
     * random password, written to {@value #FIRST_PASSWORD_FILE} (owner-only). Returns that file, or
     * empty when accounts exist already.
     */
    public synchronized Optional<Path> bootstrap(PasswordHasher hasher) {
        if (Files.exists(file)) {
            return Optional.empty();
        }
        String password = hasher.randomPassword(16);
        put(new StaffAccount(FIRST_MANAGER, "值班主任", Role.MANAGER, hasher.hash(password.toCharArray()), List.of()));
        Path secret = file.resolveSibling(FIRST_PASSWORD_FILE);
        PrivateFiles.write(secret, "user: " + FIRST_MANAGER + "\npassword: " + password + "\n"
                + "# change it: ./hall controller staff passwd " + FIRST_MANAGER + ", then delete this file\n");
        return Optional.of(secret);
    }

    /** The password a first run wrote to {@code file} (its {@code password:} line). */
    public static String firstPassword(Path file) {
        try {
            return Files.readAllLines(file).stream().filter(l -> l.startsWith("password: ")).findFirst()
                    .map(l -> l.substring("password: ".length()))
                    .orElseThrow(() -> new IllegalStateException(file + " holds no password line"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    public synchronized Optional<StaffAccount> find(String user) {
        refresh();
        return Optional.ofNullable(user == null ? null : accounts.get(user));
    }

    public synchronized List<StaffAccount> all() {
        refresh();
        return List.copyOf(accounts.values());
    }

    /** Adds or replaces an account and writes the file at once. */
    public synchronized void put(StaffAccount account) {
        refresh();
        Map<String, StaffAccount> next = new LinkedHashMap<>(accounts);
        next.put(account.user(), account);
        save(next);
    }

    public synchronized boolean remove(String user) {
        refresh();
        if (!accounts.containsKey(user)) {
            return false;
        }
        Map<String, StaffAccount> next = new LinkedHashMap<>(accounts);
        next.remove(user);
        save(next);
        return true;
    }

    private void save(Map<String, StaffAccount> next) {
        try {
            PrivateFiles.write(file, HEADER + YAML.writeValueAsString(new FileForm(new ArrayList<>(next.values()))));
            accounts = next;
            loadedStamp = Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Re-reads the file when someone changed it; a broken edit keeps the accounts known before. */
    private void refresh() {
        try {
            if (!Files.exists(file) || Files.getLastModifiedTime(file).equals(loadedStamp)) {
                return;
            }
            accounts = read();
        } catch (IOException | IllegalStateException e) {
            LOG.error("staff accounts not reloaded, keeping the previous ones: {}", e.getMessage());
            loadedStamp = stampOrNull();
        }
    }

    private Map<String, StaffAccount> read() {
        try {
            FileTime stamp = Files.getLastModifiedTime(file);
            FileForm form = YAML.readValue(file.toFile(), FileForm.class);
            Map<String, StaffAccount> read = new LinkedHashMap<>();
            for (StaffAccount a : form == null || form.accounts() == null ? List.<StaffAccount>of() : form.accounts()) {
                if (read.put(a.user(), a) != null) {
                    throw new IllegalStateException(file + ": user " + a.user() + " appears twice");
                }
            }
            loadedStamp = stamp;
            return read;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(file + " is not a valid staff file: " + firstLine(e.getOriginalMessage()), e);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private FileTime stampOrNull() {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return null;
        }
    }

    /** The first line of a parser's message, or "unreadable". */
    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
