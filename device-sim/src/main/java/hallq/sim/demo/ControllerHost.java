package hallq.sim.demo;

import hallq.controller.adapter.mqtt.BrokerAccess;
import hallq.controller.adapter.mqtt.EmbeddedBroker;
import hallq.controller.app.Controller;
import hallq.controller.auth.StaffDirectory;
import hallq.controller.mqttauth.MqttAccessPolicy;
import hallq.controller.mqttauth.MqttAccounts;
import hallq.controller.mqttauth.MqttRole;
import hallq.protocol.config.HallConfig;
import hallq.protocol.mqtt.MqttLogin;
import java.io.IOException;
import java.nio.file.Path;
import java.time.InstantSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo's MQTT broker (embedded Moquette, retained messages kept in the data folder, logins and
 * access rules from the data folder's {@code secrets/}) and queue
 * controller (SQLite in the data folder), each restartable on the same ports and data, so the
 * devices, kiosks and boards find them again: that is what the broker and controller faults do.
 */
final class ControllerHost implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ControllerHost.class);
    private static final String HOST = "127.0.0.1";
    private final HallConfig config;
    private final Path data;
    private final InstantSource clock;
    private final Controller.CityLink city;
    private MqttAccounts accounts;
    private EmbeddedBroker broker;
    private Controller controller;
    private int mqttPort;
    private int httpPort;

    /** {@code city}: the hall's link to the city hub, or null. */
    ControllerHost(HallConfig config, Path data, InstantSource clock, int httpPort, int mqttPort, Controller.CityLink city) {
        this.config = config;
        this.city = city;
        this.data = data;
        this.clock = clock;
        this.httpPort = httpPort;
        this.mqttPort = mqttPort;
    }

    synchronized ControllerHost start() throws Exception {
        accounts = MqttAccounts.open(data);
        broker = startBroker();
        mqttPort = broker.port();
        startController();
        return this;
    }

    private void startController() throws Exception {
        Controller.Settings settings = new Controller.Settings(config, data, HOST, httpPort, broker.url(), 0, clock, true);
        controller = Controller.start(city == null ? settings : settings.withCity(city));
        httpPort = controller.httpPort();
    }

    synchronized Controller controller() {
        return controller;
    }

    String brokerUrl() {
        return "tcp://" + HOST + ":" + mqttPort;
    }

    /** Where the controller wrote its first manager's password (window actions over REST need a login). */
    Path managerPasswordFile() {
        return data.resolve(StaffDirectory.FIRST_PASSWORD_FILE);
    }

    String httpUrl() {
        return "http://" + HOST + ":" + httpPort;
    }

    /** Stops the broker (every client is cut off) and starts it again on the same port and store. */
    synchronized void restartBroker() throws IOException {
        log.warn("FAULT: restarting the MQTT broker on port {}", mqttPort);
        broker.close();
        broker = startBroker();
    }

    /** The hall's broker: every client logs in with its own name and may publish only its own topics. */
    private EmbeddedBroker startBroker() throws IOException {
        return EmbeddedBroker.start(HOST, mqttPort, data.resolve("broker"),
                new BrokerAccess(accounts, new MqttAccessPolicy(config.hall().id()), false));
    }

    /**
     * The MQTT login of one of the demo's devices or boards: made in the data folder's
     * {@code secrets/} on the first run, the same on later runs.
     */
    MqttLogin login(String name, MqttRole role, Integer window) {
        return accounts.ensure(name, role, window);
    }

    /**
     * Stops the controller at once and starts a new one on the same data folder and ports: what
     * was acknowledged is in SQLite, the rest of the hall retries until it is back.
     */
    synchronized void restartController() throws Exception {
        log.warn("FAULT: stopping the controller; a new one starts on the same data folder");
        controller.close();
        controller = null;
        startController();
    }

    @Override
    public synchronized void close() {
        if (controller != null) {
            controller.close();
        }
        if (broker != null) {
            broker.close();
        }
    }
}
