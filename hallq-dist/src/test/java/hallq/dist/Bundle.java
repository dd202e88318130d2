package hallq.dist;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A release bundle unpacked under target/, run as an operator would: through a symlink to bin/hallq, from a folder
 * of its own, with an empty home folder and only a Java runtime (no Maven, no ~/.m2, no source tree on the path).
 */
record Bundle(Path home, Path launcher, Path work, Path userHome) {
    record Result(int exit, String out) {
    }

    private static Bundle shared;

    /** One unpacked x86_64 bundle for the tests that only read it or run short commands. */
    static synchronized Bundle shared() throws IOException, InterruptedException {
        if (shared == null) {
            shared = unpack(Path.of(System.getProperty("hallq.bundle")));
        }
        return shared;
    }

    /** Unpacks {@code tarGz} into a fresh folder under target/ and links {@code usr-local-bin/hallq} to its bin/hallq. */
    static Bundle unpack(Path tarGz) throws IOException, InterruptedException {
        Path root = Files.createDirectories(Path.of("target", "it")).toAbsolutePath();
        Path dir = Files.createTempDirectory(root, "bundle-");
        Process tar = new ProcessBuilder("tar", "xzf", tarGz.toAbsolutePath().toString(), "-C", dir.toString())
                .redirectErrorStream(true).start();
        String out = new String(tar.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!tar.waitFor(60, TimeUnit.SECONDS) || tar.exitValue() != 0) {
            throw new IllegalStateException("tar xzf " + tarGz + " failed: " + out);
        }
        Path home;
        try (var top = Files.list(dir)) {
            home = top.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        Path link = Files.createDirectories(dir.resolve("usr-local-bin")).resolve("hallq");
        Files.createSymbolicLink(link, home.resolve("bin/hallq"));
        return new Bundle(home, link, Files.createDirectories(dir.resolve("elsewhere")),
                Files.createDirectories(dir.resolve("empty-home")));
    }

    /** {@code hallq ARGS} as a process, its output (stdout and stderr) going to {@code log}. */
    Process start(Path log, List<String> args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(launcher.toString()));
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("MAVEN") || k.startsWith("M2") || k.startsWith("HALLQ") || k.equals("CLASSPATH"));
        env.put("HOME", userHome.toString());
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("HALLQ_JAVA_OPTS", "-Xmx256m -Djava.io.tmpdir=" + userHome);
        return pb.start();
    }

    /** Runs {@code hallq ARGS} to its end (at most a minute). */
    Result run(String... args) throws IOException, InterruptedException {
        Path log = Files.createTempFile(work.getParent(), "run-", ".log");
        Process p = start(log, List.of(args));
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("hallq " + String.join(" ", args) + " did not end within 60 s");
        }
        return new Result(p.exitValue(), Files.readString(log));
    }
}
