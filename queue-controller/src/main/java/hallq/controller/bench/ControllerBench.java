package hallq.controller.bench;

import hallq.controller.adapter.http.KioskLogins;
import hallq.controller.adapter.mqtt.BlockingMqttClient;
import hallq.controller.app.Controller;
import hallq.controller.app.ScaledClock;
import hallq.controller.auth.StaffDirectory;
import hallq.controller.mqttauth.MqttRole;
import hallq.protocol.Json;
import hallq.protocol.config.HallConfig;
import hallq.protocol.config.HallConfigLoader;
import hallq.protocol.config.ServiceConfig;
import hallq.protocol.config.WindowConfig;
import hallq.protocol.mqtt.MqttLogin;
import hallq.protocol.mqtt.Topics;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./hall bench controller}: a real controller (SQLite with synchronous=FULL, embedded broker)
 * for a hall of N windows. Prints durable ticket issues per second over REST, and the latency from
 * a call-next request to the call event arriving at a Paho subscriber (p50, p99).
 */
@Command(name = "bench controller", mixinStandardHelpOptions = true, description = "Controller benchmark.")
public final class ControllerBench implements Callable<Integer> {
    @Option(names = "--windows", description = "windows in the hall (default: ${DEFAULT-VALUE})")
    int windows = 200;
    @Option(names = "--tickets", description = "tickets to issue (default: ${DEFAULT-VALUE})")
    int tickets = 20_000;
    @Option(names = "--clients", description = "concurrent REST clients (default: ${DEFAULT-VALUE})")
    int clients = 16;
    @Option(names = "--calls", description = "call-next requests timed (default: ${DEFAULT-VALUE})")
    int calls = 2_000;
    @Option(names = "--config", description = "services taken from (default: ${DEFAULT-VALUE})")
    Path config = Path.of("config/demo-hall.yml");
    @Option(names = "--soak", description = "instead of the figures above: a sustained load for this many minutes,"
            + " printing the heap after GC at intervals (docs/performance.md)")
    double soakMinutes;
    @Option(names = "--rate", description = "soak: tickets issued (and called) per second (default: ${DEFAULT-VALUE})")
    double rate = 10;
    @Option(names = "--every", description = "soak: seconds between heap figures (default: ${DEFAULT-VALUE})")
    int every = 30;
    @Option(names = "--speed", description = "soak: hall clock speed, so business days pass (default: ${DEFAULT-VALUE})")
    double speed = 144;

    @Override
    public Integer call() throws Exception {
        HallConfig hall = benchHall(new HallConfigLoader().load(config), windows);
        Path data = Files.createTempDirectory("hallq-bench-");
        ZoneId zone = ZoneId.of(hall.hall().timezone());
        var clock = new ScaledClock(LocalDateTime.of(2026, 11, 23, 9, 0).atZone(zone).toInstant(),
                soakMinutes > 0 ? speed : 1);
        System.out.printf("HallQ controller benchmark: %d windows, %d services, %d tickets by %d clients, %d timed calls%n",
                windows, hall.services().size(), tickets, clients, calls);
        System.out.printf("machine: %d cores, java %s, %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        try (Controller c = Controller.start(new Controller.Settings(hall, data, "127.0.0.1", 0, null, 0, clock, false))) {
            String base = "http://127.0.0.1:" + c.httpPort();
            HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            logIn(http, base, c);
            MqttLogin kiosk = c.mqttAccounts().ensure("bench-kiosk", MqttRole.KIOSK, null);
            String kioskLogin = KioskLogins.header(kiosk.username(), kiosk.password());
            if (soakMinutes > 0) {
                new Soak(c, http, base, kioskLogin, hall, windows, new Soak.Settings(soakMinutes, rate, every, speed))
                        .run(clock);
                return 0;
            }
            warmUp(http, base, kioskLogin, hall);
            issueRate(http, base, kioskLogin, hall);
            callLatency(http, base, c.brokerUrl(), c.mqttAccounts().ensure("bench-sub", MqttRole.BOARD, null), hall);
        }
        return 0;
    }

    private void warmUp(HttpClient http, String base, String kioskLogin, HallConfig hall) throws Exception {
        for (int i = 0; i < 500; i++) {
            post(http, base + "/api/v1/tickets", "{\"serviceId\":\"" + hall.services().get(i % hall.services().size()).id()
                    + "\"}", kioskLogin);
        }
    }

    private void issueRate(HttpClient http, String base, String kioskLogin, HallConfig hall) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> done = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int k = 0; k < clients; k++) {
            done.add(pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < tickets) {
                    String service = hall.services().get(i % hall.services().size()).id();
                    int status = post(http, base + "/api/v1/tickets", "{\"serviceId\":\"" + service
                            + "\",\"clientRequestId\":\"bench-" + i + "-xxxxxxxx\"}", kioskLogin);
                    if (status != 201) {
                        throw new IllegalStateException("issue failed with HTTP " + status);
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        System.out.printf("durable ticket issues over REST: %d in %.2f s = %.0f issues/s%n", tickets, seconds, tickets / seconds);
    }

    private void callLatency(HttpClient http, String base, String broker, MqttLogin login, HallConfig hall)
            throws Exception {
        Map<String, Long> arrived = new ConcurrentHashMap<>();
        BlockingMqttClient sub = BlockingMqttClient.connect(broker, login.username(), login);
        var json = Json.lenient();
        sub.subscribe(new Topics(hall.hall().id()).calls(), (topic, payload) -> {
            try {
                arrived.put(json.readTree(payload).at("/data/ticket").asText(), System.nanoTime());
            } catch (IOException e) {
                throw new IllegalStateException("a call event that is not JSON: " + e.getMessage(), e);
            }
        });
        long[] latencies = new long[calls];
        for (int i = 0; i < calls; i++) {
            int w = 1 + i % windows;
            long t0 = System.nanoTime();
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/windows/" + w + "/call-next"))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            String ticket = json.readTree(r.body()).at("/ticket/number").asText();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (!arrived.containsKey(ticket) && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            Long at = arrived.remove(ticket);
            if (at == null) {
                throw new IllegalStateException("call of " + ticket + " did not reach the subscriber within 5 s");
            }
            latencies[i] = at - t0;
            post(http, base + "/api/v1/windows/" + w + "/complete", "", null);
        }
        sub.close();
        Arrays.sort(latencies);
        System.out.printf("call-next request -> call event at a subscriber: p50 %.2f ms, p99 %.2f ms, max %.2f ms (n=%d)%n",
                latencies[calls / 2] / 1e6, latencies[(int) (calls * 0.99)] / 1e6, latencies[calls - 1] / 1e6, calls);
    }

    /** Window actions need a staff session: the manager this fresh data folder got on its first run. */
    private static void logIn(HttpClient http, String base, Controller c) throws Exception {
        String password = StaffDirectory.firstPassword(c.firstRunPasswordFile());
        int status = post(http, base + "/api/v1/auth/login", "{\"user\":\"" + StaffDirectory.FIRST_MANAGER
                + "\",\"password\":\"" + password + "\"}", null);
        if (status != 200) {
            throw new IllegalStateException("bench login failed: HTTP " + status);
        }
    }

    /** Tickets are issued as a kiosk does, with its login ({@code authorization}); staff actions by the session. */
    static HttpRequest.Builder request(String url, String body, String authorization) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        return authorization == null ? b : b.header("Authorization", authorization);
    }

    private static int post(HttpClient http, String url, String body, String authorization) throws Exception {
        return http.send(request(url, body, authorization).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** The configured services without caps, and {@code n} open windows serving two services each. */
    public static HallConfig benchHall(HallConfig base, int n) {
        List<ServiceConfig> services = base.services().stream().map(s -> new ServiceConfig(s.id(), s.name(), s.nameEn(),
                s.prefix(), s.zone(), s.targetWaitMinutes(), s.meanServiceMinutes(), 0, 0, s.guide())).toList();
        List<WindowConfig> ws = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            ws.add(new WindowConfig(i, null, List.of(services.get(i % services.size()).id(),
                    services.get((i + 1) % services.size()).id()), false, null, null));
        }
        return new HallConfig(base.hall(), services, ws, base.policy(), List.of());
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new ControllerBench()).execute(args));
    }
}
