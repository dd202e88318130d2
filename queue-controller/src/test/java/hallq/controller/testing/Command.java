package hallq.controller.testing;

import hallq.controller.app.ControllerMain;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** {@code ./hall controller ARGS} as its own JVM, as an operator runs it: exit code, stdout and stderr. */
public final class Command {
    /** What a finished command left: its exit code and everything it printed. */
    public record Run(int exitCode, String out, String err) {
        public List<String> errLines() {
            return err.lines().toList();
        }

        public List<String> outLines() {
            return out.lines().toList();
        }
    }

    private Command() {
    }

    /** Runs the controller's command line with {@code args}; {@code work} holds its output files. */
    public static Run controller(Path work, String... args) throws IOException, InterruptedException {
        return controller(work, Map.of(), args);
    }

    /** The same with more environment variables ({@code PATH} with a folder of fake tools first, say). */
    public static Run controller(Path work, Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("java", "-Xmx128m", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                "-Duser.home=" + System.getProperty("user.home"), "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
                ControllerMain.class.getName()));
        cmd.addAll(List.of(args));
        Files.createDirectories(work);
        Path out = Files.createTempFile(work, "out-", ".txt");
        Path err = Files.createTempFile(work, "err-", ".txt");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().putAll(env);
        Process p = pb.start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            throw new IllegalStateException("controller " + String.join(" ", args) + " did not finish within 60 s");
        }
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
