package hallq.city.app;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hallq.controller.app.ControllerMain;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A HallQ program run as its own JVM on the test's class path, as an operator runs it: started,
 * waited for until its {@code GET /health} answers on its port, killed with SIGKILL or stopped in order
 * (SIGTERM), and started again on the same data and port. Its command line is asked for anew at each
 * start (a controller takes a fresh port for its embedded broker); its output is appended to a log.
 */
final class Jvm implements AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(60);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private final String name;
    private final Class<?> main;
    private final int port;
    private final Path log;
    private final Supplier<List<String>> args;
    private Process process;

    Jvm(String name, Class<?> main, int port, Path log, Supplier<List<String>> args) {
        this.name = name;
        this.main = main;
        this.port = port;
        this.log = log;
        this.args = args;
    }

    /**
     * A hall's controller ({@code ./hall controller}) for {@code config} on {@code data}, open at any
     * hour, sending to the hub at {@code hubUrl} with the password in {@code data/secrets/city-hub.password}.
     */
    static Jvm controller(String name, Path config, Path data, int port, String hubUrl) {
        return new Jvm(name, ControllerMain.class, port, data.resolve("controller.log"), () -> List.of("--config",
                config.toAbsolutePath().normalize().toString(), "--port", Integer.toString(port), "--mqtt-port",
                Integer.toString(freePort()), "--data", data.toString(), "--any-hours", "--city-hub", hubUrl));
    }

    /** The city hub ({@code ./hall city}) on {@code data}: its private PostgreSQL cluster in {@code data/pg}. */
    static Jvm hub(Path data, int port) {
        return new Jvm("the hub", HubMain.class, port, data.resolve("hub.log"), () -> List.of("--data", data.toString(),
                "--host", "127.0.0.1", "--port", Integer.toString(port)));
    }

    /** Starts it and waits until it serves; fails at once when it exits instead (its log says why). */
    Jvm start() throws IOException {
        List<String> cmd = new ArrayList<>(List.of("java", "-Xmx256m", "-cp", System.getProperty("surefire.test.class.path",
                System.getProperty("java.class.path")), "-Duser.home=" + System.getProperty("user.home"),
                "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"), main.getName()));
        cmd.addAll(args.get());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        process = p;
        await().atMost(WAIT).pollInterval(Duration.ofMillis(50)).ignoreExceptions()
                .failFast(name + " exited while starting (see " + log + ")", () -> !p.isAlive())
                .until(() -> HTTP.send(HttpRequest.newBuilder(URI.create(url() + "/health")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
        return this;
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed or closed. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        assertTrue(process.waitFor(20, TimeUnit.SECONDS), name + " dies of SIGKILL");
    }

    /** SIGTERM: the orderly stop an operator's Ctrl-C or service manager gives. */
    void stop() throws InterruptedException {
        process.destroy();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), name + " stops in order on SIGTERM");
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    /** A port free now on the loopback address (a restarted program takes the same one again). */
    static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (alive()) {
            process.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
        }
    }
}
