package hallq.controller.app;

import hallq.controller.adapter.http.HttpApi;
import hallq.controller.adapter.http.KioskLogins;
import hallq.controller.adapter.http.Metrics;
import hallq.controller.adapter.http.WebConsole;
import hallq.controller.adapter.mqtt.BrokerAccess;
import hallq.controller.adapter.mqtt.CallerCommandListener;
import hallq.controller.adapter.mqtt.DeviceStatusListener;
import hallq.controller.adapter.mqtt.EvaluatorBridge;
import hallq.controller.adapter.mqtt.HallPublisher;
import hallq.controller.adapter.mqtt.MqttConnection;
import hallq.controller.adapter.mqtt.ReceiptPrinterBridge;
import hallq.controller.adapter.mqtt.StartingBroker;
import hallq.controller.adapter.sqlite.Migrations;
import hallq.controller.adapter.sqlite.SqliteAuditLog;
import hallq.controller.adapter.sqlite.SqliteReportSource;
import hallq.controller.adapter.sqlite.SqliteSessionStore;
import hallq.controller.adapter.sqlite.SqliteStore;
import hallq.controller.adapter.sqlite.SqliteWaitStore;
import hallq.controller.auth.Authenticator;
import hallq.controller.auth.PasswordHasher;
import hallq.controller.auth.Sessions;
import hallq.controller.auth.StaffDirectory;
import hallq.controller.backup.DataFolderLock;
import hallq.controller.backup.Retention;
import hallq.controller.mqttauth.MqttAccessPolicy;
import hallq.controller.mqttauth.MqttAccounts;
import hallq.controller.report.Reports;
import hallq.controller.service.CityRelay;
import hallq.controller.service.OutsideLinks;
import hallq.controller.service.PersonKeys;
import hallq.controller.service.QueueService;
import hallq.controller.service.RatingExport;
import hallq.controller.service.WaitHistory;
import hallq.protocol.Parts;
import hallq.protocol.config.HallConfig;
import hallq.protocol.mqtt.DeviceStatus;
import hallq.protocol.mqtt.MqttLogin;
import hallq.protocol.mqtt.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The running controller, wired in one place: store, service, broker, MQTT, HTTP, ticker. */
public final class Controller implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Controller.class);
    /** A staff session ends after this long without a request, and after a working day in any case. */
    static final Duration SESSION_IDLE = Duration.ofHours(2);
    static final Duration SESSION_LONGEST = Duration.ofHours(12);
    /** Queue topics and the hall snapshot follow a change within this (HallPublisher coalesces them). */
    static final Duration QUEUES_COALESCED = Duration.ofMillis(200);
    /** The hall snapshot is published at least this often, so boards tell a quiet hall from a dead link. */
    static final Duration SNAPSHOT_HEARTBEAT = Duration.ofSeconds(2);
    private final Deque<AutoCloseable> parts = new ArrayDeque<>();
    private QueueService service;
    private HttpApi http;
    private String brokerUrl;
    private Path firstRunPasswordFile;
    private MqttAccounts mqttAccounts;
    private volatile CityRelay relay;
    private volatile RatingExport export;

    /**
     * What a controller needs. {@code brokerUrl} null starts the embedded broker on {@code mqttPort};
     * port 0 picks a free port. The embedded broker refuses anonymous clients unless
     * {@code mqttAllowAnonymous} (a lab).
     */
    public record Settings(HallConfig config, Path dataDir, String host, int httpPort, String brokerUrl, int mqttPort,
                           InstantSource clock, boolean enforceHours, boolean mqttAllowAnonymous, CityLink city,
                           DailyBackups backups, RatingExportTo ratings) {
        public Settings(HallConfig config, Path dataDir, String host, int httpPort, String brokerUrl, int mqttPort,
                        InstantSource clock, boolean enforceHours) {
            this(config, dataDir, host, httpPort, brokerUrl, mqttPort, clock, enforceHours, false, null, null, null);
        }

        public Settings(HallConfig config, Path dataDir, String host, int httpPort, String brokerUrl, int mqttPort,
                        InstantSource clock, boolean enforceHours, boolean mqttAllowAnonymous) {
            this(config, dataDir, host, httpPort, brokerUrl, mqttPort, clock, enforceHours, mqttAllowAnonymous, null,
                    null, null);
        }

        /** The same, sending the hall's events to a city hub. */
        public Settings withCity(CityLink link) {
            return new Settings(config, dataDir, host, httpPort, brokerUrl, mqttPort, clock, enforceHours,
                    mqttAllowAnonymous, link, backups, ratings);
        }

        /** The same, taking a backup every day after closing. */
        public Settings withDailyBackup(DailyBackups daily) {
            return new Settings(config, dataDir, host, httpPort, brokerUrl, mqttPort, clock, enforceHours,
                    mqttAllowAnonymous, city, daily, ratings);
        }

        /** The same, with the 好差评 records going {@code to} (null: the default file drop). */
        public Settings withRatingExport(RatingExportTo to) {
            return new Settings(config, dataDir, host, httpPort, brokerUrl, mqttPort, clock, enforceHours,
                    mqttAllowAnonymous, city, backups, to);
        }
    }

    /** Daily backups into DATA/backups (docs/operations.md): the hall file they include, and how many are kept. */
    public record DailyBackups(Path hallFile, Retention retention) {
    }

    /** A city hub to send the hall's events to (docs/city.md): its URL, the hall's password there, the relay's pace. */
    public record CityLink(String hubUrl, String password, CityRelay.Settings relay) {
        @Override
        public String toString() {
            return "CityLink[" + hubUrl + "]"; // never the password
        }
    }

    private Controller() {
    }

    public static Controller start(Settings s) throws Exception {
        Controller c = new Controller();
        try {
            c.startParts(s);
        } catch (Exception | Error e) {
            c.close();
            throw e;
        }
        return c;
    }

    /**
     * Starts the parts in order, with the two slow waits beside other work: the embedded broker starts
     * on a thread of its own while the store opens and the day is loaded, and the MQTT link connects
     * while the web server starts (what is published meanwhile is held and sent on the connect).
     * Nothing is served before the store, the day and the publishers are in place.
     */
    private void startParts(Settings s) throws Exception {
        DataFolderLock lock = DataFolderLock.acquire(s.dataDir());
        parts.push(lock); // released last
        Path db = s.dataDir().resolve("hallq.db");
        Migrations.refuseNewer(db); // before anything listens: a refused start is one line and nothing else
        mqttAccounts = MqttAccounts.open(s.dataDir());
        StartingBroker brokerStart = s.brokerUrl() != null ? null
                : StartingBroker.start(s.host(), s.mqttPort(), s.dataDir().resolve("broker"), new BrokerAccess(
                        mqttAccounts, new MqttAccessPolicy(s.config().hall().id()), s.mqttAllowAnonymous()));
        if (brokerStart != null) {
            parts.push(brokerStart); // closed after the link, before the lock
        }
        SqliteStore store = new SqliteStore(db, ZoneId.of(s.config().hall().timezone()));
        parts.push(store);
        SqliteReportSource reportSource = new SqliteReportSource(db);
        parts.push(reportSource);
        Secrets secrets = new Secrets(s.dataDir(), System.getenv());
        service = QueueService.open(s.config(), store, s.clock(), s.enforceHours(),
                new PersonKeys(secrets.key("person-key"), s.dataDir().resolve("secrets").resolve("city-person-keys.json"),
                        s.clock(), ZoneId.of(s.config().hall().timezone())));
        parts.push(service);
        WebConsole web = webConsole(s, db);
        parts.push(web);
        MqttLogin login = mqttAccounts.controllerLogin();
        brokerUrl = brokerStart == null ? s.brokerUrl() : brokerStart.await().url();
        Topics topics = new Topics(s.config().hall().id());
        String statusTopic = topics.deviceStatus(MqttAccounts.CONTROLLER);
        MqttConnection mqtt = new MqttConnection(brokerUrl, login.clientId(null, null), login, s.clock(),
                ZoneId.of(s.config().hall().timezone()), statusTopic, status("OFFLINE"));
        parts.push(mqtt);
        mqtt.connectInBackground();
        mqtt.publishRaw(statusTopic, status("ONLINE"), true); // held until the link is up
        parts.push(new HallPublisher(service, mqtt, QUEUES_COALESCED, SNAPSHOT_HEARTBEAT));
        parts.push(new CallerCommandListener(service, mqtt));
        parts.push(new EvaluatorBridge(service, mqtt));
        parts.push(new DeviceStatusListener(service.devices(), mqtt, topics, s.clock()));
        parts.push(new ReceiptPrinterBridge(service.handovers().prints(), mqtt, topics));
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "controller-ticker");
            t.setDaemon(true);
            return t;
        });
        ticker.scheduleWithFixedDelay(this::tick, 1, 1, TimeUnit.SECONDS);
        parts.push(ticker::shutdownNow);
        Background.Started started = Background.start(s, db, service, ticker, parts);
        relay = started.relay();
        export = started.export();
        http = new HttpApi(service, new Metrics(service), mqtt::isConnected, this::links,
                new Reports(s.config(), reportSource, s.clock()), web, s.city() == null ? null : this::proposals,
                s.city() == null ? null : s.city().hubUrl())
                .start(s.host(), s.httpPort());
        parts.push(http);
        mqtt.awaitConnected(5000);
        Map<String, String> serving = new LinkedHashMap<>();
        serving.put("pid", Long.toString(ProcessHandle.current().pid()));
        serving.put("http", Integer.toString(http.port()));
        serving.put("mqtt", s.brokerUrl() == null ? Integer.toString(port(brokerUrl)) : "external");
        lock.describe(serving); // for doctor: these ports are this hall's
        LOG.info("controller for {} ready: http://{}:{} mqtt {}", s.config().hall().name(), s.host(), http.port(),
                brokerUrl);
    }

    /**
     * The web side on the data folder: {@code staff.yml} (created with a manager account on a first
     * run), and the audit, session and wait-history tables in {@code db}, whose migrations have run.
     */
    private WebConsole webConsole(Settings s, Path db) throws Exception {
        StaffDirectory staff = StaffDirectory.open(s.dataDir());
        PasswordHasher hasher = new PasswordHasher(PasswordHasher.DEFAULT_COST);
        Optional<Path> first = staff.bootstrap(hasher);
        first.ifPresent(p -> LOG.warn("first run: manager account '{}' created; its password is in {} (readable by this "
                + "user only)", StaffDirectory.FIRST_MANAGER, p.toAbsolutePath()));
        firstRunPasswordFile = first.orElse(null);
        SqliteAuditLog audit = new SqliteAuditLog(db);
        parts.push(audit);
        SqliteSessionStore sessionStore = new SqliteSessionStore(db);
        parts.push(sessionStore);
        WaitHistory waits = WaitHistory.start(service, SqliteWaitStore.open(db));
        parts.push(waits);
        InstantSource wall = InstantSource.system();
        Sessions sessions = new Sessions(wall, SESSION_IDLE, SESSION_LONGEST, sessionStore);
        return new WebConsole(service, new Authenticator(staff, hasher, sessions, wall), audit, s.clock(), waits,
                new KioskLogins(mqttAccounts, s.clock()));
    }

    private static int port(String url) {
        return java.net.URI.create(url).getPort();
    }

    private static byte[] status(String state) {
        return ("{\"schema\":\"" + DeviceStatus.SCHEMA + "\",\"data\":{\"device\":\"controller\",\"kind\":\"controller\","
                + "\"status\":\"" + state + "\"}}").getBytes(StandardCharsets.UTF_8);
    }

    private void tick() {
        try {
            service.tick();
        } catch (RuntimeException e) {
            LOG.error("ticker failed", e);
        }
    }

    public QueueService service() {
        return service;
    }

    /** Every HTTP endpoint with who may call it ("GET /api/v1/hall PUBLIC"), in the order registered. */
    public List<String> endpoints() {
        return http.endpoints();
    }

    private String proposals(String serviceId) throws CityRelay.LinkProblem {
        CityRelay r = relay;
        if (r == null) {
            throw new CityRelay.LinkProblem("the city relay is not running yet", null);
        }
        return r.proposals(serviceId);
    }

    private OutsideLinks links() {
        CityRelay r = relay;
        RatingExport x = export;
        return new OutsideLinks(x == null ? null : x.status(), r == null ? null : r.status());
    }

    /** The city relay's state, or null when the hall sends to no hub. */
    public CityRelay.Status cityStatus() {
        return relay == null ? null : relay.status();
    }

    public int httpPort() {
        return http.port();
    }

    public String brokerUrl() {
        return brokerUrl;
    }

    /** The hall's MQTT clients (the embedded broker checks logins against them). */
    public MqttAccounts mqttAccounts() {
        return mqttAccounts;
    }

    /** Where a first run wrote the manager's password; null when staff accounts existed already. */
    public Path firstRunPasswordFile() {
        return firstRunPasswordFile;
    }

    @Override
    public void close() {
        Parts.close(parts, LOG, "while stopping");
    }
}
