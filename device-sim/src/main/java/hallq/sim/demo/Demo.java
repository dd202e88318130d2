package hallq.sim.demo;

import hallq.controller.mqttauth.MqttRole;
import hallq.protocol.Parts;
import hallq.protocol.config.HallConfig;
import hallq.protocol.config.HallConfigLoader;
import hallq.protocol.config.WindowConfig;
import hallq.protocol.mqtt.MqttDevice;
import hallq.sim.crowd.Scenario;
import hallq.sim.crowd.ScenarioLoader;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole hall in one JVM on one clock: broker and controller, the hall board, an LED board,
 * keypad and evaluator per window (serial wires, bridged to MQTT), kiosks with printers, a clerk per
 * window and the crowd. Wired here, in start order; {@link #close()} stops it in reverse and saves
 * the hall clock so the next run on the same data folder carries on.
 */
public final class Demo implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Demo.class);
    private final DemoSettings settings;
    private final HallConfig config;
    private final Scenario scenario;
    private final Path data;
    private final DemoClock clock;
    private final CountDownLatch stop = new CountDownLatch(1);
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Deque<AutoCloseable> parts = new ArrayDeque<>();
    private final Map<Integer, WindowTerminal> terminals = new TreeMap<>();
    private final List<KioskStation> kiosks = new ArrayList<>();
    private final List<Thread> clerks = new ArrayList<>();
    private final ClerkStats clerkStats = new ClerkStats();
    private final Errands errands = new Errands();
    private final TicketLedger ledger;
    private ControllerHost host;
    private HallBoard board;
    private LedBoards leds;
    private WindowPrinters printers;
    private DemoCrowd crowd;
    private DemoApi api;

    private Demo(DemoSettings settings, HallConfig config, Scenario scenario, DemoClock clock) {
        this.settings = settings;
        this.config = config;
        this.scenario = scenario;
        this.data = settings.data().toAbsolutePath();
        this.clock = clock;
        this.ledger = new TicketLedger(data.resolve("demo").resolve("tickets.txt"));
    }

    /** Loads the hall and the day profile, then starts everything; fails (and stops what started) on error. */
    public static Demo start(DemoSettings s) throws Exception {
        HallConfig config = new HallConfigLoader().load(s.config());
        Scenario scenario = new ScenarioLoader().load(s.scenario()).scenario();
        for (String service : scenario.services().keySet()) {
            if (config.service(service) == null) {
                throw new IllegalArgumentException(s.scenario() + ": service " + service + " is not in " + s.config());
            }
        }
        Path demoDir = Files.createDirectories(s.data().resolve("demo"));
        DemoClock clock = s.clock() != null ? s.clock() : DemoClock.start(config, s.speed(),
                DemoClock.readSaved(demoDir.resolve("clock.txt")), LocalDate.now(ZoneId.of(config.hall().timezone())));
        Demo demo = new Demo(s, config, scenario, clock);
        try {
            demo.startParts();
        } catch (Exception | Error e) {
            demo.close();
            throw e;
        }
        return demo;
    }

    private void startParts() throws Exception {
        log.info("demo hall {} at {} ({}× speed), data in {}", config.hall().name(), clock.now(), clock.speed(), data);
        host = new ControllerHost(config, data, clock, settings.httpPort(), settings.mqttPort(), settings.city()).start();
        parts.push(host);
        board = new HallBoard(config, host.brokerUrl(), host.login("hall-board", MqttRole.BOARD, null), clock,
                data.resolve("boards"), settings.console(), settings.boardEvery()).start();
        parts.push(board);
        Path pty = data.resolve("pty");
        List<Integer> windows = config.windows().stream().map(WindowConfig::number).toList();
        leds = new LedBoards(windows, pty, board.store());
        parts.push(leds);
        startTerminals(windows, pty);
        printers = WindowPrinters.start(config, host, data, clock);
        parts.push(printers);
        for (int i = 1; i <= settings.kiosks(); i++) {
            String id = "kiosk-" + i;
            KioskStation k = new KioskStation(id, config, URI.create(host.httpUrl()), host.login(id, MqttRole.KIOSK, null),
                    data, clock, ledger, stop);
            kiosks.add(k);
            parts.push(k);
        }
        crowd = new DemoCrowd(scenario, config, clock, kiosks, stop);
        kiosks.forEach(k -> k.start(crowd::send));
        if (settings.clock() == null) {
            clock.go(); // a shared clock (the city demo) starts once every hall stands ready
        }
        startClerks();
        crowd.start();
        api = DemoApi.of(this).start(settings.apiPort());
        parts.push(api);
        Files.writeString(data.resolve("demo").resolve("api.url"), api.url() + "\n");
        ScheduledExecutorService saver = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "clock-saver"));
        saver.scheduleWithFixedDelay(this::saveClock, 1, 1, TimeUnit.SECONDS);
        parts.push(saver::shutdownNow);
    }

    /** Opens the windows' serial wires and MQTT devices in parallel: a hall has many. */
    private void startTerminals(List<Integer> windows, Path pty) throws Exception {
        parts.push(() -> closeAll(List.copyOf(terminals.values())));
        ExecutorService pool = Executors.newFixedThreadPool(4, r -> daemon(r, "terminal-start"));
        try {
            Map<Integer, Future<WindowTerminal>> started = new TreeMap<>();
            for (int w : windows) {
                started.put(w, pool.submit(() -> new WindowTerminal(w, pty, device("caller-" + w, MqttRole.CALLER, w),
                        device("evaluator-" + w, MqttRole.EVALUATOR, w), clock).connect()));
            }
            for (var e : started.entrySet()) {
                terminals.put(e.getKey(), e.getValue().get());
            }
        } finally {
            pool.shutdown();
        }
    }

    /** Closes many parts at once: each says goodbye to the broker, which takes a moment. */
    private static void closeAll(List<? extends AutoCloseable> many) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(8, r -> daemon(r, "closing"));
        for (AutoCloseable c : many) {
            pool.execute(() -> {
                try {
                    c.close();
                } catch (Exception e) {
                    log.warn("while stopping: {}", e.getMessage());
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(30, TimeUnit.SECONDS);
    }

    /** A window's keypad or evaluator: its own MQTT client, which may publish only that window's topic and its status. */
    private MqttDevice.Settings device(String id, MqttRole role, int window) {
        return MqttDevice.Settings.of(host.brokerUrl(), config.hall().id(), id, role.label(), host.login(id, role, window));
    }

    private void startClerks() {
        ClerkHabits habits = ClerkHabits.of(config, scenario);
        WindowConsole console = new WindowConsole(host.httpUrl(), host.managerPasswordFile());
        SplittableRandom rng = new SplittableRandom((scenario.seed() == null ? 1 : scenario.seed()) ^ 0x5DEECE66DL);
        for (WindowConfig w : config.windows()) {
            Clerk clerk = new Clerk(w.number(), w.services(), terminals.get(w.number()), console, clock, habits,
                    rng.split(), stop, clerkStats, errands);
            Thread t = daemon(clerk, "clerk-w" + w.number());
            clerks.add(t);
            t.start();
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    private void saveClock() {
        if (clock.speed() == 1) {
            return;
        }
        try {
            clock.save(data.resolve("demo").resolve("clock.txt"));
        } catch (IOException e) {
            log.warn("cannot save the hall clock: {}", e.getMessage());
        }
    }

    public DemoClock clock() {
        return clock;
    }

    public HallConfig config() {
        return config;
    }

    public String controllerUrl() {
        return host.httpUrl();
    }

    public String brokerUrl() {
        return host.brokerUrl();
    }

    public String apiUrl() {
        return api.url();
    }

    public Path data() {
        return data;
    }

    ControllerHost host() {
        return host;
    }

    HallBoard board() {
        return board;
    }

    WindowPrinters printers() {
        return printers;
    }

    LedBoards leds() {
        return leds;
    }

    List<KioskStation> kiosks() {
        return List.copyOf(kiosks);
    }

    KioskStation kiosk(String id) {
        return kiosks.stream().filter(k -> k.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no kiosk '" + id + "'"));
    }

    Map<Integer, WindowTerminal> terminals() {
        return Map.copyOf(terminals);
    }

    /** Citizens the demo follows at this hall (the city demo's handover story). */
    Errands errands() {
        return errands;
    }

    ClerkStats clerkStats() {
        return clerkStats;
    }

    TicketLedger ledger() {
        return ledger;
    }

    DemoCrowd crowd() {
        return crowd;
    }

    /** The day so far, from the controller's records of the tickets the demo's kiosks printed. */
    public DaySummary summary() {
        return DaySummary.of(this);
    }

    /** Stops everything, the hall clock saved: running again on the same data folder carries on. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        stop.countDown();
        saveClock();
        clerks.forEach(Thread::interrupt); // a clerk may be waiting for an answer
        for (Thread t : clerks) {
            try {
                t.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Parts.close(parts, log, "while stopping");
    }
}
