package hallq.sim.demo;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import hallq.city.app.Hub;
import hallq.city.core.HallEntry;
import hallq.city.store.HubDatabase;
import hallq.city.store.PersonKeyFile;
import hallq.controller.app.Controller;
import hallq.controller.auth.PasswordHasher;
import hallq.controller.auth.PrivateFiles;
import hallq.controller.service.CityRelay;
import hallq.protocol.Parts;
import hallq.protocol.config.HallConfig;
import hallq.protocol.config.HallConfigLoader;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The city demo ({@code ./hall demo --city}): a city hub on its private PostgreSQL cluster and every
 * hall of a layout ({@code config/city/city.yml}) as a whole demo hall of its own — controller with its
 * own SQLite, devices on their wires, kiosks, clerks and crowd — all on one clock, each sending its
 * events to the hub through a {@link LinkProxy} that the faults cut and restore; and the hub can be
 * restarted under them. The hub keeps real time (its "out of touch after a minute" is wall time);
 * the halls' events and live figures carry hall time. Once a run, a village citizen's matter is
 * handed over to the street centre and back across a cut link ({@link CityHandoverStory}).
 */
public final class CityDemo implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(CityDemo.class);
    private static final String HOST = "127.0.0.1";
    static final String STAFF = "office";
    /**
     * The halls' relay pace (real time, as a relay's is): new events looked for every 200 ms rather
     * than 500 ms, and after a failure tried again every second rather than backing off to a
     * minute, which at 600× would be ten hours of hall time after a link comes back (docs/demo.md).
     */
    static final CityRelay.Settings RELAY = new CityRelay.Settings(1_000, Duration.ofMillis(200), Duration.ofSeconds(10),
            Duration.ofSeconds(1), Duration.ofDays(30));
    private final Settings settings;
    private final Path data;
    private final Deque<AutoCloseable> parts = new ArrayDeque<>();
    private final Map<String, Demo> halls = new LinkedHashMap<>();
    private final Map<String, LinkProxy> links = new LinkedHashMap<>();
    private final Map<String, HallEntry> entries = new LinkedHashMap<>();
    private DemoClock clock;
    private Hub hub;
    private int hubPort;
    private DemoApi api;
    private CityHandoverStory story;

    /**
     * How to run it: the layout, the data folder (the hub in {@code hub/}, each hall in {@code
     * halls/ID/}), the speed, the hub's port, the district's HTTP and MQTT ports (0: every hall on
     * free ports; else the other halls take the port of their {@code publicBaseUrl}), the API port.
     */
    public record Settings(Path layout, Path data, double speed, int hubPort, int httpPort, int mqttPort, int apiPort) {
    }

    /** One hall of the layout (paths relative to the layout file). */
    record Entry(String config, String scenario, HallEntry.Level level, String parent, Double lat, Double lon) {
    }

    record Layout(List<Entry> halls) {
    }

    private CityDemo(Settings settings) {
        this.settings = settings;
        this.data = settings.data().toAbsolutePath();
    }

    public static CityDemo start(Settings s) throws Exception {
        CityDemo demo = new CityDemo(s);
        try {
            demo.startParts();
        } catch (Exception | Error e) {
            demo.close();
            throw e;
        }
        return demo;
    }

    static Layout layout(Path file) throws IOException {
        Layout layout = new ObjectMapper(new YAMLFactory()).configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
                .readValue(file.toFile(), Layout.class);
        if (layout.halls() == null || layout.halls().isEmpty()) {
            throw new IllegalArgumentException(file + ": halls: at least one hall");
        }
        for (int i = 0; i < layout.halls().size(); i++) {
            Entry e = layout.halls().get(i);
            if (e == null || e.config() == null || e.scenario() == null || e.level() == null) {
                throw new IllegalArgumentException(file + ": halls[" + i + "]: config, scenario and level are needed");
            }
        }
        return layout;
    }

    private void startParts() throws Exception {
        Path dir = settings.layout().toAbsolutePath().getParent();
        List<Entry> layout = layout(settings.layout()).halls();
        List<HallConfig> configs = new ArrayList<>();
        for (Entry e : layout) {
            configs.add(new HallConfigLoader().load(dir.resolve(e.config())));
        }
        Files.createDirectories(data.resolve("demo"));
        clock = DemoClock.start(configs.get(0), settings.speed(), DemoClock.readSaved(data.resolve("demo").resolve("clock.txt")),
                LocalDate.now(ZoneId.of(configs.get(0).hall().timezone())));
        startHub(settings.hubPort());
        parts.push(this::closeHub);
        if (hub.staff().hash(STAFF).isEmpty()) {
            String password = new PasswordHasher(PasswordHasher.DEFAULT_COST).randomPassword(16);
            hub.staff().add(STAFF, password.toCharArray());
            PrivateFiles.write(staffPasswordFile(), password + "\n");
        }
        int primary = 0; // the district (or the first hall) takes --port and --mqtt-port
        for (int i = layout.size() - 1; i >= 0; i--) {
            primary = layout.get(i).level() == HallEntry.Level.DISTRICT ? i : primary;
        }
        for (int i = 0; i < layout.size(); i++) {
            Entry e = layout.get(i);
            HallConfig config = configs.get(i);
            String id = config.hall().id();
            HallEntry entry = new HallEntry(id, config.hall().name(), e.level(), e.parent(), e.lat(), e.lon(),
                    config.hall().timezone());
            entries.put(id, entry);
            Path hallData = data.resolve("halls").resolve(id);
            String password = hallPassword(hallData);
            if (hub.registry().login(id).isEmpty()) {
                hub.registry().add(entry, password.toCharArray());
            }
            LinkProxy link = new LinkProxy(id, hubPort);
            links.put(id, link);
            parts.push(link);
            boolean district = i == primary;
            int port = settings.httpPort() == 0 ? 0 : district ? settings.httpPort()
                    : URI.create(config.hall().publicBaseUrl()).getPort();
            Demo hall = Demo.start(new DemoSettings(dir.resolve(e.config()), dir.resolve(e.scenario()), hallData,
                    settings.speed(), port, district && settings.httpPort() != 0 ? settings.mqttPort() : 0, 0,
                    district ? 3 : 1, null, Duration.ofSeconds(30), clock,
                    new Controller.CityLink(link.url(), password, RELAY)));
            halls.put(id, hall);
            parts.push(hall);
        }
        clock.go();
        story = CityHandoverStory.start(entries, halls, links, this::hub, clock, HandoverStory.Timing.DEMO);
        if (story != null) {
            parts.push(story);
        }
        Map<String, DemoApi.Fault> faults = new LinkedHashMap<>();
        faults.put("cut-link/{hall}", c -> {
            link(c.pathParam("hall")).cut();
            return "the link of " + c.pathParam("hall") + " to the city hub is cut";
        });
        faults.put("restore-link/{hall}", c -> {
            link(c.pathParam("hall")).restore();
            return "the link of " + c.pathParam("hall") + " to the city hub is back";
        });
        faults.put("restart-hub", c -> {
            restartHub();
            return "city hub restarted";
        });
        api = new DemoApi(faults, this::summary).start(settings.apiPort());
        parts.push(api);
        Files.writeString(data.resolve("demo").resolve("api.url"), api.url() + "\n");
    }

    private void startHub(int port) throws IOException {
        hub = Hub.start(HubDatabase.privateCluster(data.resolve("hub")), HOST, port, InstantSource.system(),
                PersonKeyFile.open(data.resolve("hub").resolve("secrets").resolve("person-keys.json")));
        hubPort = hub.port();
    }

    /** Stops the hub and its database and starts them again on the same port and data; the halls retry meanwhile. */
    synchronized void restartHub() throws IOException {
        log.warn("FAULT: restarting the city hub on port {}", hubPort);
        hub.close();
        startHub(hubPort);
    }

    private synchronized void closeHub() {
        if (hub != null) {
            hub.close();
        }
    }

    private LinkProxy link(String hall) {
        LinkProxy link = links.get(hall);
        if (link == null) {
            throw new IllegalArgumentException("no hall " + hall + " in the city demo; one of " + links.keySet());
        }
        return link;
    }

    /** The hall's password at the hub: made on the first run, in the hall's own secrets. */
    private static String hallPassword(Path hallData) throws IOException {
        Path file = hallData.resolve("secrets").resolve("city-hub.password");
        if (Files.exists(file)) {
            return Files.readString(file).strip();
        }
        String password = new PasswordHasher(PasswordHasher.DEFAULT_COST).randomPassword(24);
        PrivateFiles.write(file, password + "\n");
        return password;
    }

    Path staffPasswordFile() {
        return data.resolve("hub").resolve("office-password.txt");
    }

    synchronized Hub hub() {
        return hub;
    }

    Map<String, Demo> halls() {
        return halls;
    }

    Map<String, HallEntry> entries() {
        return entries;
    }

    DemoClock clock() {
        return clock;
    }

    /** The handover story of this run, or null when the layout has no station for it. */
    CityHandoverStory story() {
        return story;
    }

    String apiUrl() {
        return api.url();
    }

    Path data() {
        return data;
    }

    /** Each hall: what it has written, what the hub acknowledged and holds, whether its link is cut; the handover story. */
    synchronized String summary() {
        StringBuilder out = new StringBuilder("City demo at hall time " + clock.now().toLocalDateTime().withNano(0) + "\n");
        Map<String, Long> held = hub.events().countsByHall();
        halls.forEach((id, hall) -> {
            CityRelay.Status s = hall.host().controller().cityStatus();
            out.append(String.format("  %-16s %-14s events acknowledged %6d, pending %5d, held by the hub %6d%s%n",
                    id, entries.get(id).level(), s.acknowledged(), s.pending(), held.getOrDefault(id, 0L),
                    links.get(id).isCut() ? "  [link cut]" : s.problem() == null ? "" : "  [" + s.problem() + "]"));
        });
        if (story != null) {
            story.lines().forEach(l -> out.append(l).append('\n'));
        }
        return out.toString();
    }

    @Override
    public void close() {
        Parts.close(parts, log, "stopping the city demo");
        if (clock != null) {
            try {
                clock.save(data.resolve("demo").resolve("clock.txt"));
            } catch (IOException e) {
                log.warn("cannot save the hall clock: {}", e.getMessage());
            }
        }
    }
}
