package hallq.controller.mqttauth;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import hallq.controller.auth.PasswordHasher;
import hallq.controller.auth.PrivateFiles;
import hallq.protocol.mqtt.MqttLogin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.slf4j.LoggerFactory;

/**
 * The hall's MQTT clients, in the data folder's {@code secrets/mqtt-clients.yml} (name, role, window,
 * hash; never in the repository). A new client gets a random password, written once to
 * {@code secrets/mqtt/<name>.password} for the operator to hand to that device; the broker keeps only
 * the hash. Changes by another process (the {@code mqtt-client} command while the controller runs)
 * are picked up at the next look-up; writers take a file lock so two processes cannot lose each
 * other's change.
 */
public final class MqttAccounts {
    public static final String FILE = "mqtt-clients.yml";
    public static final String PASSWORD_DIR = "mqtt";
    /** The controller's own client name. */
    public static final String CONTROLLER = "controller";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES))
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final String HEADER = """
            # HallQ MQTT clients: who may connect to the broker, and as what (docs/configuration.md).
            # Hashes only ($7$ = PBKDF2-SHA512, the form of mosquitto's password_file). A client's password
            # is in secrets/mqtt/<name>.password until the operator hands it over and deletes it.
            # Change with ./hall controller mqtt-client --help (the broker picks changes up at the next connect).
            """;
    private static final Map<Path, Object> JVM_LOCKS = new ConcurrentHashMap<>();
    private final Path secrets;
    private final Path file;
    private final SecureRandom random = new SecureRandom();
    private Map<String, MqttAccount> accounts = Map.of();
    private Object loadedStamp;

    private record FileForm(List<MqttAccount> clients) {
    }

    private MqttAccounts(Path secrets) {
        this.secrets = secrets;
        this.file = secrets.resolve(FILE);
    }

    /** The clients of a data folder; fails with the reason when the file is there but unreadable or invalid. */
    public static MqttAccounts open(Path dataDir) {
        MqttAccounts a = new MqttAccounts(dataDir.toAbsolutePath().normalize().resolve("secrets"));
        Loaded loaded = a.read();
        a.accounts = loaded.accounts();
        a.loadedStamp = loaded.stamp();
        return a;
    }

    public Path file() {
        return file;
    }

    public Path passwordFile(String name) {
        if (!MqttAccount.validName(name)) {
            throw new IllegalArgumentException("not an MQTT client name: '" + name + "'");
        }
        return secrets.resolve(PASSWORD_DIR).resolve(name + ".password");
    }

    public synchronized Optional<MqttAccount> find(String name) {
        refresh();
        return Optional.ofNullable(name == null ? null : accounts.get(name));
    }

    public synchronized List<MqttAccount> all() {
        refresh();
        return List.copyOf(accounts.values());
    }

    /** Adds a client with a new random password, which is returned (and written to its password file). */
    public String add(String name, MqttRole role, Integer window) {
        String password = newPassword();
        MqttAccount account = new MqttAccount(name, role, window, MosquittoHash.hash(password.toCharArray(), random));
        change(current -> {
            if (current.containsKey(name)) {
                throw new IllegalArgumentException("MQTT client " + name + " exists already");
            }
            current.put(name, account);
            return current;
        });
        PrivateFiles.write(passwordFile(name), password + "\n");
        return password;
    }

    /**
     * The login of a client the hall itself runs (the controller, the demo's devices): the existing
     * one when its password file still matches, else a new password. Role and window are set as given.
     */
    public MqttLogin ensure(String name, MqttRole role, Integer window) {
        MqttAccount known = find(name).orElse(null);
        String kept = known == null ? null : readPassword(name)
                .filter(p -> MosquittoHash.verify(p.toCharArray(), known.hash())).orElse(null);
        String password = kept != null ? kept : newPassword();
        MqttAccount wanted = new MqttAccount(name, role, window,
                kept != null ? known.hash() : MosquittoHash.hash(password.toCharArray(), random));
        if (!wanted.equals(known)) {
            change(current -> {
                current.put(name, wanted);
                return current;
            });
        }
        if (kept == null) {
            PrivateFiles.write(passwordFile(name), password + "\n");
        }
        return new MqttLogin(name, password);
    }

    /** The controller's own login, made on the first run. */
    public MqttLogin controllerLogin() {
        return ensure(CONTROLLER, MqttRole.CONTROLLER, null);
    }

    /** Gives a client a new random password (returned, and written to its password file); the old one stops working. */
    public String renew(String name) {
        MqttAccount known = find(name).orElseThrow(() -> new IllegalArgumentException("no MQTT client " + name));
        String password = newPassword();
        MqttAccount renewed = new MqttAccount(name, known.role(), known.window(),
                MosquittoHash.hash(password.toCharArray(), random));
        change(current -> {
            if (!current.containsKey(name)) {
                throw new IllegalArgumentException("no MQTT client " + name);
            }
            current.put(name, renewed);
            return current;
        });
        PrivateFiles.write(passwordFile(name), password + "\n");
        return password;
    }

    /** Removes a client and its password file; false when there was none. */
    public boolean remove(String name) {
        boolean[] removed = {false};
        change(current -> {
            removed[0] = current.remove(name) != null;
            return current;
        });
        try {
            Files.deleteIfExists(passwordFile(name));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + passwordFile(name) + ": " + e.getMessage(), e);
        }
        return removed[0];
    }

    /** The password in a client's password file, if the file is there. */
    public Optional<String> readPassword(String name) {
        try {
            String text = Files.readString(passwordFile(name), StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? Optional.empty() : Optional.of(text);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + passwordFile(name) + ": " + e.getMessage(), e);
        }
    }

    private String newPassword() {
        return new PasswordHasher(PasswordHasher.DEFAULT_COST).randomPassword(24);
    }

    /** Read, change and write under a lock held by this JVM and by the file system (other processes). */
    private void change(UnaryOperator<Map<String, MqttAccount>> edit) {
        Object jvmLock = JVM_LOCKS.computeIfAbsent(file, f -> new Object());
        synchronized (jvmLock) {
            try {
                PrivateFiles.createPrivateDirectories(secrets);
                try (FileChannel ch = FileChannel.open(secrets.resolve(".mqtt-clients.lock"), StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE); FileLock ignored = ch.lock()) {
                    Map<String, MqttAccount> next = edit.apply(new LinkedHashMap<>(read().accounts()));
                    PrivateFiles.write(file, HEADER + YAML.writeValueAsString(new FileForm(new ArrayList<>(next.values()))));
                    synchronized (this) {
                        accounts = next;
                        loadedStamp = stampOf(file);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot update " + file + ": " + e.getMessage(), e);
            }
        }
    }

    /** Re-reads the file when it changed; a broken edit keeps the clients known before (and says so once). */
    private void refresh() {
        Object stamp = stampOf(file);
        if (Objects.equals(stamp, loadedStamp)) {
            return;
        }
        try {
            accounts = read().accounts();
        } catch (IllegalStateException e) {
            LoggerFactory.getLogger(MqttAccounts.class)
                    .error("MQTT clients not reloaded, keeping the previous ones: {}", e.getMessage());
        }
        loadedStamp = stamp;
    }

    private record Loaded(Object stamp, Map<String, MqttAccount> accounts) {
    }

    private Loaded read() {
        Object stamp = stampOf(file);
        if (stamp == null) {
            return new Loaded(null, new LinkedHashMap<>());
        }
        try {
            FileForm form = YAML.readValue(file.toFile(), FileForm.class);
            Map<String, MqttAccount> read = new LinkedHashMap<>();
            for (MqttAccount a : form == null || form.clients() == null ? List.<MqttAccount>of() : form.clients()) {
                if (a == null) {
                    throw new IllegalStateException(file + ": an empty entry in clients");
                }
                if (read.put(a.name(), a) != null) {
                    throw new IllegalStateException(file + ": client " + a.name() + " appears twice");
                }
            }
            return new Loaded(stamp, read);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(file + " is not a valid MQTT clients file: " + firstLine(e.getOriginalMessage()), e);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Time, size and inode: every write replaces the file, so a change shows even within one clock tick. */
    private static Object stampOf(Path p) {
        try {
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
            return List.of(a.lastModifiedTime(), a.size(), String.valueOf(a.fileKey()));
        } catch (IOException e) {
            return null;
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
