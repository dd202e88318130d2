package hallq.dist;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code hallq controller} from a bundle, on ports it picks itself (0), found in what it prints. */
final class ControllerRun implements AutoCloseable {
    private static final Pattern HEALTH = Pattern.compile("health\\s+(http://127\\.0\\.0\\.1:\\d+/health)");
    private final Process process;
    private final Path log;
    final String healthUrl;
    final int port;

    private ControllerRun(Process process, Path log, String healthUrl, int port) {
        this.process = process;
        this.log = log;
        this.healthUrl = healthUrl;
        this.port = port;
    }

    /** Starts the controller on {@code data} and returns once its /health answers 200. */
    static ControllerRun start(Bundle bundle, Path data, Path log) throws IOException {
        List<String> args = new ArrayList<>(List.of("controller", "--config",
                bundle.home().resolve("config/demo-hall.yml").toString(), "--data", data.toString(), "--port", "0",
                "--mqtt-port", "0", "--any-hours", "--backups-daily", "0"));
        Process p = bundle.start(log, args);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        String[] url = new String[1];
        await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(50)).ignoreExceptions().until(() -> {
            if (!p.isAlive()) {
                throw new AssertionError("the controller exited " + p.exitValue() + ":\n" + Files.readString(log));
            }
            url[0] = printedHealthUrl(log).orElse(null);
            return url[0] != null && http.send(HttpRequest.newBuilder(URI.create(url[0])).timeout(Duration.ofSeconds(2))
                    .build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        });
        return new ControllerRun(p, log, url[0], URI.create(url[0]).getPort());
    }

    private static Optional<String> printedHealthUrl(Path log) throws IOException {
        Matcher m = HEALTH.matcher(Files.readString(log));
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The JVM's command line, as the operating system shows it. */
    String commandLine() {
        return process.toHandle().info().commandLine().orElse("");
    }

    /** What the JVM has mapped into memory ({@code /proc/PID/maps}): the files it reads as memory, its archive among them. */
    String memoryMaps() throws IOException {
        return Files.readString(Path.of("/proc", Long.toString(process.pid()), "maps"));
    }

    String log() throws IOException {
        return Files.readString(log);
    }

    /** SIGKILL: the power cut; nothing is closed. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the controller did not die within 20 s of SIGKILL");
        }
    }

    /** SIGTERM, as systemd stops it. */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }
}
