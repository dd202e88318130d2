package hallq.protocol.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Fresh folders under target/, never in the system temp dir or the home folder. */
public final class TestDirs {
    private TestDirs() {
    }

    public static Path fresh(String name) {
        Path root = Path.of(System.getProperty("hallq.test.out", "target/test-output"));
        try {
            return Files.createDirectories(root.resolve(name + "-" + System.nanoTime())).toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
