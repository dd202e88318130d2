package hallq.controller.fault;

import static org.awaitility.Awaitility.await;

import hallq.controller.app.ControllerMain;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The controller as a separate JVM ({@code ./hall controller}) on fixed free loopback ports, so it can
 * be killed with SIGKILL (kill -9) and started again on the same data folder and address.
 */
final class ControllerProcess implements AutoCloseable {
    private final Path data;
    private final Path config;
    private final Path log;
    final int httpPort;
    private final int mqttPort;
    private final List<String> options;
    private Process process;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    /** {@code options}: more command-line options of {@code ./hall controller}, e.g. --any-hours. */
    ControllerProcess(Path data, Path config, String... options) throws IOException {
        this.options = List.of(options);
        this.data = data;
        this.config = config;
        this.log = data.resolve("controller.log");
        this.httpPort = freePort();
        this.mqttPort = freePort();
    }

    /** The demo hall without daily caps (a fault run issues more than a day's tickets), in {@code dir}. */
    static Path uncappedDemoHall(Path dir) throws IOException {
        Path from = Path.of("../config");
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                Path to = dir.resolve(from.relativize(p).toString());
                Files.createDirectories(to.getParent());
                Files.copy(p, to);
            }
        }
        Path hall = dir.resolve("demo-hall.yml");
        Files.writeString(hall, Files.readString(hall).replaceAll("(perPersonDailyCap|dailyCap): \\d+", "$1: 0"));
        return hall;
    }

    /** Starts the JVM with its hall clock at {@code at} (real speed); returns once /health answers. */
    void start(LocalDateTime at, Duration deadline) throws IOException {
        List<String> cmd = new ArrayList<>(List.of("java", "-Xmx256m", "-cp", System.getProperty("surefire.test.class.path",
                        System.getProperty("java.class.path")), "-Duser.home=" + System.getProperty("user.home"),
                "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"), ControllerMain.class.getName(),
                "--config", config.toString(), "--port", Integer.toString(httpPort), "--mqtt-port",
                Integer.toString(mqttPort), "--data", data.toString(), "--start-at", at.withNano(0).toString()));
        cmd.addAll(options);
        process = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        await().atMost(deadline).pollInterval(Duration.ofMillis(20)).ignoreExceptions()
                .until(() -> process.isAlive() && health() == 200);
    }

    int health() throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/health"))
                .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed or closed. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the controller did not die within 20 s of SIGKILL");
        }
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    Path db() {
        return data.resolve("hallq.db");
    }

    String base() {
        return "http://127.0.0.1:" + httpPort;
    }

    Path log() {
        return log;
    }

    @Override
    public void close() throws InterruptedException {
        if (isAlive()) {
            kill();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
