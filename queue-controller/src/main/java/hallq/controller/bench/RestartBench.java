package hallq.controller.bench;

import hallq.controller.app.ControllerMain;
import hallq.controller.mqttauth.MqttAccounts;
import hallq.controller.mqttauth.MqttRole;
import hallq.protocol.mqtt.MqttLogin;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./hall bench restart}: how soon a hall is back after its controller dies. The controller
 * runs as its own JVM (this one's classpath) on a data folder with a day of tickets; it is killed with
 * SIGKILL and started again, {@code --kills} times; printed are kill → {@code /health} answering and
 * kill → the next ticket issued (201), p50 and max (docs/performance.md, issue "Install on Monday").
 */
@Command(name = "bench restart", mixinStandardHelpOptions = true)
public final class RestartBench implements Callable<Integer> {
    @Option(names = "--config", description = "hall configuration (default: ${DEFAULT-VALUE})")
    Path config = Path.of("config/demo-hall.yml");
    @Option(names = "--kills", description = "how many times to kill and restart (default: ${DEFAULT-VALUE})")
    int kills = 10;
    @Option(names = "--tickets", description = "tickets issued before the first kill (default: ${DEFAULT-VALUE})")
    int tickets = 300;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();

    public static void main(String[] args) {
        System.exit(new CommandLine(new RestartBench()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        Path data = Files.createTempDirectory("hallq-restart-bench");
        MqttLogin kiosk = MqttAccounts.open(data).ensure("kiosk-1", MqttRole.KIOSK, null);
        int port = freePort();
        int mqttPort = freePort();
        Process controller = start(data, port, mqttPort);
        awaitHealth(port, System.nanoTime());
        for (int i = 0; i < tickets; i++) {
            issue(port, kiosk);
        }
        List<Double> toHealth = new ArrayList<>();
        List<Double> toTicket = new ArrayList<>();
        System.out.printf("HallQ restart bench: %d kills, %d tickets in the day, java %s, %d cores, %s%n", kills, tickets,
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), System.getProperty("hallq.home") != null
                        ? "started by " + launcher().get(0) : "started by java on this classpath");
        try {
            for (int k = 0; k < kills; k++) {
                long killed = System.nanoTime();
                controller.destroyForcibly();
                controller.waitFor(20, TimeUnit.SECONDS);
                controller = start(data, port, mqttPort);
                toHealth.add(awaitHealth(port, killed));
                while (issue(port, kiosk) != 201) {
                    LockSupport.parkNanos(Duration.ofMillis(5).toNanos());
                }
                toTicket.add((System.nanoTime() - killed) / 1e9);
                System.out.printf(Locale.ROOT, "  kill %2d: /health after %.2f s, next ticket after %.2f s%n", k + 1,
                        toHealth.get(k), toTicket.get(k));
            }
        } finally {
            controller.destroyForcibly();
        }
        System.out.printf(Locale.ROOT, "kill → /health   p50 %.2f s, max %.2f s%nkill → next 201  p50 %.2f s, max %.2f s%n",
                median(toHealth), Collections.max(toHealth), median(toTicket), Collections.max(toTicket));
        return 0;
    }

    /**
     * The controller as this bench was started: from a bundle ({@code hallq bench restart}) through its own
     * {@code bin/hallq}, so its class archive ({@code hallq cds}) counts; from the source tree on this classpath.
     */
    private Process start(Path data, int port, int mqttPort) throws IOException {
        List<String> cmd = new ArrayList<>(launcher());
        cmd.addAll(List.of("--config", config.toString(), "--port", Integer.toString(port), "--mqtt-port",
                Integer.toString(mqttPort), "--data", data.toString(), "--any-hours"));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(data.resolve("controller.log").toFile()));
        pb.environment().put("HALLQ_JAVA_OPTS", "-Xmx256m");
        return pb.start();
    }

    private static List<String> launcher() {
        String bundle = System.getProperty("hallq.home");
        return bundle != null ? List.of(Path.of(bundle, "bin", "hallq").toString(), "controller")
                : List.of("java", "-Xmx256m", "-cp", System.getProperty("java.class.path"), ControllerMain.class.getName());
    }

    /** Seconds from {@code since} until {@code /health} answers 200. */
    private double awaitHealth(int port, long since) {
        while (true) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                        .timeout(Duration.ofSeconds(1)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return (System.nanoTime() - since) / 1e9;
                }
            } catch (IOException e) {
                // not up yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            if (System.nanoTime() - since > Duration.ofMinutes(2).toNanos()) {
                throw new IllegalStateException("the controller did not answer /health within 2 minutes");
            }
            LockSupport.parkNanos(Duration.ofMillis(5).toNanos());
        }
    }

    private int issue(int port, MqttLogin kiosk) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/tickets"))
                    .header("Authorization", kiosk.httpAuthorization()).header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(5)).POST(HttpRequest.BodyPublishers.ofString("{\"serviceId\":\"SB\"}"))
                    .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static double median(List<Double> xs) {
        List<Double> sorted = new ArrayList<>(xs);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
