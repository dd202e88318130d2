package hallq.city.bench;

import at.favre.lib.crypto.bcrypt.BCrypt;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import hallq.city.app.Hub;
import hallq.city.core.HallEntry;
import hallq.city.store.HubDatabase;
import hallq.city.store.SyntheticMonth;
import hallq.protocol.Json;
import hallq.protocol.Zone;
import hallq.protocol.city.CityEvent;
import hallq.protocol.city.CityFact;
import hallq.protocol.city.HallLive;
import hallq.protocol.city.IngestBatch;
import hallq.protocol.rest.ServiceView;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./hall bench city}: a load generator posing as a city's halls against the real hub and its
 * private PostgreSQL cluster, on this machine. Prints sustained ingest, one district hall's catch-up
 * after a day offline, event→overview lag, the overview API's latency with every hall registered,
 * and a monthly city report's time over a month of rollups (docs/performance.md).
 */
@Command(name = "bench city", mixinStandardHelpOptions = true)
public final class CityBench implements Callable<Integer> {
    private static final String PASSWORD = "bench password 1";
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    @Option(names = "--halls", description = "halls of the city (default: ${DEFAULT-VALUE})")
    int halls = 3_000;
    @Option(names = "--clients", description = "concurrent relays posting (default: ${DEFAULT-VALUE})")
    int clients = 8;
    @Option(names = "--batch", description = "events per batch (default: ${DEFAULT-VALUE})")
    int batch = 500;
    @Option(names = "--rounds", description = "batches per hall in the sustained run (default: ${DEFAULT-VALUE})")
    int rounds = 1;
    @Option(names = "--day-events", description = "a district hall's day of events, for the catch-up (default: ${DEFAULT-VALUE})")
    int dayEvents = 11_000;
    private final ObjectMapper json = Json.strict();
    private final HttpClient http = HttpClient.newHttpClient();
    private final LocalDate day = LocalDate.now(ZONE);

    @Override
    public Integer call() throws Exception {
        Path data = Files.createTempDirectory("hallq-city-bench-");
        System.out.printf("HallQ City benchmark: %d halls, %d relays posting batches of %d events%n", halls, clients, batch);
        System.out.printf("machine: %d cores, java %s, %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        try (Hub hub = Hub.start(HubDatabase.privateCluster(data), "127.0.0.1", 0, InstantSource.system())) {
            List<String> ids = register(hub);
            hub.staff().add("bench", PASSWORD.toCharArray());
            long[] next = new long[ids.size()];
            Arrays.fill(next, 1);
            sustained(hub, ids, next);
            catchUp(hub, ids.get(1), next, 1);
            overview(hub);
            lag(hub, ids.get(2), next, 2);
            monthly(hub);
        }
        return 0;
    }

    /** 1 city centre, 11 districts, 176 streets, the rest villages; one bcrypt hash for all. */
    private List<String> register(Hub hub) {
        String hash = BCrypt.withDefaults().hashToString(10, PASSWORD.toCharArray());
        List<String> ids = new ArrayList<>();
        ids.add("city");
        hub.registry().add(new HallEntry("city", "市中心", HallEntry.Level.CITY, null, 23.13, 113.26, null), hash);
        for (int i = 0; i < halls - 1; i++) {
            HallEntry.Level level = i < 11 ? HallEntry.Level.DISTRICT : i < 187 ? HallEntry.Level.TOWNSHIP
                    : HallEntry.Level.VILLAGE;
            String parent = level == HallEntry.Level.DISTRICT ? "city" : level == HallEntry.Level.TOWNSHIP
                    ? "d" + (i % 11) : "t" + (11 + i % 176);
            String id = (level == HallEntry.Level.DISTRICT ? "d" : level == HallEntry.Level.TOWNSHIP ? "t" : "v") + i;
            hub.registry().add(new HallEntry(id, "大厅" + i, level, parent, 23.0 + (i % 50) * 0.01, 113.0 + (i / 50) * 0.01,
                    null), hash);
            ids.add(id);
        }
        return ids;
    }

    private void sustained(Hub hub, List<String> ids, long[] next) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicInteger cursor = new AtomicInteger();
        int jobs = ids.size() * rounds;
        long t0 = System.nanoTime();
        List<Future<Integer>> done = new ArrayList<>();
        for (int k = 0; k < clients; k++) {
            done.add(pool.submit(() -> {
                int sent = 0;
                int j;
                while ((j = cursor.getAndIncrement()) < jobs) {
                    int h = j % ids.size();
                    long from;
                    synchronized (next) { // one hall's batches go in order, as its relay sends them
                        from = next[h];
                        next[h] += batch;
                    }
                    post(hub, ids.get(h), events(from, batch), live(7));
                    sent += batch;
                }
                return sent;
            }));
        }
        long events = 0;
        for (Future<Integer> f : done) {
            events += f.get();
        }
        double s = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        System.out.printf("sustained ingest: %d events from %d halls in %.1f s = %.0f events/s%n", events, ids.size(), s,
                events / s);
    }

    private void catchUp(Hub hub, String hall, long[] next, int index) throws Exception {
        long t0 = System.nanoTime();
        for (int sent = 0; sent < dayEvents; sent += 1_000) {
            int n = Math.min(1_000, dayEvents - sent);
            post(hub, hall, events(next[index], n), live(3));
            next[index] += n;
        }
        System.out.printf("catch-up of one district hall after a day offline: %d events in %.2f s (batches of 1,000, "
                + "one after the other)%n", dayEvents, (System.nanoTime() - t0) / 1e9);
    }

    private void overview(Hub hub) throws Exception {
        long[] ms = new long[200];
        for (int i = 0; i < ms.length; i++) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = get(hub, "/api/v1/city/overview");
            ms[i] = System.nanoTime() - t0;
            if (r.statusCode() != 200) {
                throw new IllegalStateException("overview: HTTP " + r.statusCode());
            }
        }
        print("overview API (" + halls + " halls)", ms);
    }

    /** A hall changes how it stands; how long until the overview shows it. */
    private void lag(Hub hub, String hall, long[] next, int index) throws Exception {
        long[] ns = new long[50];
        for (int i = 0; i < ns.length; i++) {
            int marker = 1_000 + i;
            long t0 = System.nanoTime();
            post(hub, hall, events(next[index], 5), live(marker));
            next[index] += 5;
            while (!shows(get(hub, "/api/v1/city/overview").body(), hall, marker)) {
                Thread.onSpinWait();
            }
            ns[i] = System.nanoTime() - t0;
        }
        print("event -> overview lag (post, store, then the overview shows it)", ns);
    }

    private boolean shows(String overview, String hall, int marker) throws Exception {
        return find(json.readTree(overview).get("halls"), hall, marker);
    }

    private static boolean find(JsonNode nodes, String hall, int marker) {
        for (JsonNode n : nodes) {
            if (n.at("/hall/id").asText().equals(hall)) {
                return n.at("/now/waiting").asInt() == marker;
            }
            if (find(n.get("children"), hall, marker)) {
                return true;
            }
        }
        return false;
    }

    private void monthly(Hub hub) throws Exception {
        YearMonth month = YearMonth.from(day).minusMonths(1);
        long t0 = System.nanoTime();
        long rows = SyntheticMonth.fill(hub.database(), month, 5);
        System.out.printf("a month of rollups for %d halls (5 services, 8 hours a day): %d rows in %.1f s%n", halls, rows,
                (System.nanoTime() - t0) / 1e9);
        long[] ns = new long[5];
        for (int i = 0; i < ns.length; i++) {
            long t1 = System.nanoTime();
            HttpResponse<String> r = get(hub, "/api/v1/city/reports/monthly?month=" + month);
            ns[i] = System.nanoTime() - t1;
            if (r.statusCode() != 200) {
                throw new IllegalStateException("monthly report: HTTP " + r.statusCode() + " " + r.body());
            }
        }
        print("monthly city report over " + month, ns);
    }

    private List<CityEvent> events(long from, int n) {
        List<CityEvent> out = new ArrayList<>(n);
        Instant at = Instant.now();
        for (long s = from; s < from + n; s++) {
            String step = switch ((int) (s % 4)) {
                case 0 -> "ISSUED";
                case 1 -> "CALLED";
                case 2 -> "STARTED";
                default -> "COMPLETED";
            };
            out.add(new CityEvent(s, at, day, new CityFact.TicketStep(s / 4, "A" + s / 4, step, "S" + (s % 5), 1, "KIOSK",
                    "NORMAL", 1, at.minusSeconds(900), at.minusSeconds(60), at.minusSeconds(50), at)));
        }
        return out;
    }

    private HallLive live(int waiting) {
        return new HallLive(Instant.now(), day, 2, 3, List.of(new ServiceView("S1", "业务", "Service", "A", Zone.LICENSING,
                waiting, 2, 12.0, 20.0, 20, 100, 0, true, null)));
    }

    private void post(Hub hub, String hall, List<CityEvent> events, HallLive live) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(hub.url() + "/api/v1/ingest"))
                .header("Authorization", basic(hall)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(new IngestBatch(hall, events, live))))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("ingest for " + hall + ": HTTP " + r.statusCode() + " " + r.body());
        }
    }

    private HttpResponse<String> get(Hub hub, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(hub.url() + path)).header("Authorization", basic("bench"))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private static void print(String what, long[] ns) {
        long[] s = ns.clone();
        Arrays.sort(s);
        System.out.printf("%s: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms (n=%d)%n", what, s[s.length / 2] / 1e6,
                s[(int) Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)] / 1e6,
                s[(int) Math.min(s.length - 1, Math.ceil(s.length * 0.99) - 1)] / 1e6, s[s.length - 1] / 1e6, s.length);
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new CityBench()).execute(args));
    }
}
