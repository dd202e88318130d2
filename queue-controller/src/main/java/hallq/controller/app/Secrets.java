package hallq.controller.app;

import hallq.controller.auth.PrivateFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * The controller's secrets: never in the repository. Each comes from the environment
 * ({@code HALLQ_<NAME>}, base64), or from a file in the data folder's {@code secrets/} directory,
 * which is generated (random, readable by the owner only) on the first run.
 */
public final class Secrets {
    private final Path dir;
    private final Map<String, String> env;

    public Secrets(Path dataDir, Map<String, String> env) {
        this.dir = dataDir.resolve("secrets");
        this.env = env;
        try {
            PrivateFiles.closeToOthers(dir); // an earlier release made it with the umask's mode
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make " + dir + " the owner's only: " + e.getMessage(), e);
        }
    }

    /** 32 random bytes the first time, the same bytes ever after. */
    public byte[] key(String name) {
        String fromEnv = env.get("HALLQ_" + name.toUpperCase().replace('-', '_'));
        if (fromEnv != null && !fromEnv.isBlank()) {
            return decode(fromEnv.trim(), "environment variable HALLQ_" + name.toUpperCase().replace('-', '_'));
        }
        Path file = dir.resolve(name);
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            return decode(Files.readString(file, StandardCharsets.US_ASCII).trim(), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the secret " + file + ": " + e.getMessage(), e);
        }
    }

    private void create(Path file) throws IOException {
        PrivateFiles.createPrivateDirectories(dir);
        byte[] k = new byte[32];
        new SecureRandom().nextBytes(k);
        try {
            PrivateFiles.createFile(file);
        } catch (FileAlreadyExistsException e) {
            return;
        }
        Files.writeString(file, Base64.getEncoder().encodeToString(k) + "\n", StandardCharsets.US_ASCII);
    }

    private static byte[] decode(String text, String where) {
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the secret in " + where + " is not base64: " + e.getMessage(), e);
        }
    }
}
