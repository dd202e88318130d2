package hallq.controller.app;

import hallq.controller.adapter.http.HttpApi;
import hallq.controller.adapter.http.Metrics;
import hallq.controller.adapter.mqtt.BrokerAccess;
import hallq.controller.adapter.mqtt.CallerCommandListener;
import hallq.controller.adapter.mqtt.DeviceStatusListener;
import hallq.controller.adapter.mqtt.EmbeddedBroker;
import hallq.controller.adapter.mqtt.EvaluatorBridge;
import hallq.controller.adapter.mqtt.HallPublisher;
import hallq.controller.adapter.mqtt.MqttConnection;
import hallq.controller.adapter.sqlite.SqliteReportSource;
import hallq.controller.adapter.sqlite.SqliteStore;
import hallq.controller.mqttauth.MqttAccessPolicy;
import hallq.controller.mqttauth.MqttAccounts;
import hallq.controller.report.Reports;
import hallq.controller.service.PersonKeys;
import hallq.controller.service.QueueService;
import hallq.controller.web.KioskLogins;
import hallq.controller.web.WebConsole;
import hallq.protocol.config.HallConfig;
import hallq.protocol.mqtt.DeviceStatus;
import hallq.protocol.mqtt.MqttLogin;
import hallq.protocol.mqtt.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.InstantSource;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The running controller, wired in one place: store, service, broker, MQTT, HTTP, ticker. */
public final class Controller implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Controller.class);
    private final Deque<AutoCloseable> parts = new ArrayDeque<>();
    private QueueService service;
    private HttpApi http;
    private String brokerUrl;
    private Path firstRunPasswordFile;
    private MqttAccounts mqttAccounts;

    /**
     * What a controller needs. {@code brokerUrl} null starts the embedded broker on {@code mqttPort};
     * port 0 picks a free port. The embedded broker refuses anonymous clients unless
     * {@code mqttAllowAnonymous} (a lab).
     */
    public record Settings(HallConfig config, Path dataDir, String host, int httpPort, String brokerUrl, int mqttPort,
                           InstantSource clock, boolean enforceHours, boolean mqttAllowAnonymous) {
        public Settings(HallConfig config, Path dataDir, String host, int httpPort, String brokerUrl, int mqttPort,
                        InstantSource clock, boolean enforceHours) {
            this(config, dataDir, host, httpPort, brokerUrl, mqttPort, clock, enforceHours, false);
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

    private void startParts(Settings s) throws Exception {
        SqliteStore store = new SqliteStore(s.dataDir().resolve("hallq.db"));
        parts.push(store);
        SqliteReportSource reportSource = new SqliteReportSource(s.dataDir().resolve("hallq.db"));
        parts.push(reportSource);
        Secrets secrets = new Secrets(s.dataDir(), System.getenv());
        service = QueueService.open(s.config(), store, s.clock(), s.enforceHours(),
                new PersonKeys(secrets.key("person-key")));
        parts.push(service);
        brokerUrl = s.brokerUrl();
        mqttAccounts = MqttAccounts.open(s.dataDir());
        MqttLogin login = mqttAccounts.controllerLogin();
        if (brokerUrl == null) {
            EmbeddedBroker broker = EmbeddedBroker.start(s.host(), s.mqttPort(), s.dataDir().resolve("broker"),
                    new BrokerAccess(mqttAccounts, new MqttAccessPolicy(s.config().hall().id()), s.mqttAllowAnonymous()));
            parts.push(broker);
            brokerUrl = broker.url();
        }
        Topics topics = new Topics(s.config().hall().id());
        String statusTopic = topics.deviceStatus(MqttAccounts.CONTROLLER);
        MqttConnection mqtt = new MqttConnection(brokerUrl, login.clientId(null, null), login, s.clock(),
                ZoneId.of(s.config().hall().timezone()), statusTopic, status("OFFLINE"));
        parts.push(mqtt);
        mqtt.connect(5000);
        mqtt.publishRaw(statusTopic, status("ONLINE"), true);
        parts.push(new HallPublisher(service, mqtt, 200, 2000));
        parts.push(new CallerCommandListener(service, mqtt));
        parts.push(new EvaluatorBridge(service, mqtt));
        parts.push(new DeviceStatusListener(service.devices(), mqtt, topics, s.clock()));
        WebConsole web = WebConsole.open(service, s.dataDir(), s.clock(), new KioskLogins(mqttAccounts, s.clock()));
        parts.push(web);
        firstRunPasswordFile = web.firstRunPasswordFile();
        http = new HttpApi(service, new Metrics(service), mqtt::isConnected,
                new Reports(s.config(), reportSource, s.clock()), web::register).start(s.host(), s.httpPort());
        parts.push(http);
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "controller-ticker");
            t.setDaemon(true);
            return t;
        });
        ticker.scheduleWithFixedDelay(this::tick, 1, 1, TimeUnit.SECONDS);
        parts.push(ticker::shutdownNow);
        LOG.info("controller for {} ready: http://{}:{} mqtt {}", s.config().hall().name(), s.host(), http.port(),
                brokerUrl);
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
        while (!parts.isEmpty()) {
            try {
                parts.pop().close();
            } catch (Exception e) {
                LOG.warn("while stopping: {}", e.getMessage());
            }
        }
    }
}
