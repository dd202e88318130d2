package hallq.controller.app;

import hallq.controller.mqttauth.MqttAccounts;
import hallq.controller.mqttauth.MqttRole;
import hallq.protocol.config.HallConfig;
import hallq.protocol.mqtt.MqttLogin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The controller's warm-up for {@code hallq cds}: one start on a throw-away data folder, /health, a first ticket
 * and a stop, as the hall's own start and first kiosk do. Run in a JVM that writes the classes it loaded into a
 * class data sharing archive at its exit, so that later starts of {@code hallq controller} map them instead of
 * loading and verifying them again (docs/performance.md, "Restart"). Serves nothing to anyone: loopback, ports the
 * system picks, a kiosk login made for it alone.
 */
@Command(name = "cds", mixinStandardHelpOptions = true,
        description = "start and stop a controller once on a throw-away data folder (the CDS archive's training)")
public final class WarmUpMain implements Callable<Integer> {
    @Option(names = "--config", required = true, description = "hall configuration to start with")
    Path config;
    @Option(names = "--data", required = true, description = "an empty folder for the throw-away hall")
    Path data;

    public static void main(String[] args) {
        System.exit(new CommandLine(new WarmUpMain()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        HallConfig hall = HallOptions.load(config);
        if (hall == null) {
            return 2;
        }
        Files.createDirectories(data);
        MqttLogin kiosk = MqttAccounts.open(data).ensure("kiosk-warm-up", MqttRole.KIOSK, null);
        String service = hall.services().get(0).id();
        try (Controller c = Controller.start(new Controller.Settings(hall, data, "127.0.0.1", 0, null, 0,
                Clock.systemUTC(), false))) {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            String base = "http://127.0.0.1:" + c.httpPort();
            int health = http.send(HttpRequest.newBuilder(URI.create(base + "/health")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
            HttpResponse<String> ticket = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/tickets"))
                    .header("Authorization", kiosk.httpAuthorization()).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"serviceId\":\"" + service + "\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (health != 200 || ticket.statusCode() != 201) {
                System.err.printf("hallq cds: the warm-up controller answered /health %d and a ticket %d: %s%n", health,
                        ticket.statusCode(), ticket.body());
                return 1;
            }
        }
        return 0;
    }
}
