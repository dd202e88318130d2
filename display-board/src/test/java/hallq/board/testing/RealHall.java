package hallq.board.testing;

import hallq.board.bench.ControllerClient;
import hallq.controller.adapter.mqtt.EmbeddedBroker;
import hallq.controller.app.Controller;
import hallq.protocol.config.HallConfig;
import hallq.protocol.config.HallConfigLoader;
import hallq.protocol.testing.TestDirs;
import java.nio.file.Path;
import java.time.InstantSource;

/**
 * The real queue controller (SQLite in a folder under target/, REST on a free loopback port) and a
 * real broker it publishes to, each of which a test can restart; opening hours are not enforced.
 */
public final class RealHall implements AutoCloseable {
    public static final Path CONFIG = Path.of("../config/demo-hall.yml");
    public static final HallConfig DEMO = new HallConfigLoader().load(CONFIG);
    private final Path brokerDir = TestDirs.fresh("broker");
    private final Path controllerDir = TestDirs.fresh("controller");
    private EmbeddedBroker broker;
    private Controller controller;
    private ControllerClient rest;

    public static RealHall start() throws Exception {
        RealHall hall = new RealHall();
        try {
            hall.broker = EmbeddedBroker.start("127.0.0.1", 0, hall.brokerDir);
            hall.startController();
        } catch (Exception e) {
            hall.close();
            throw e;
        }
        return hall;
    }

    private void startController() throws Exception {
        controller = Controller.start(new Controller.Settings(DEMO, controllerDir, "127.0.0.1", 0, broker.url(), 0,
                InstantSource.system(), false));
        rest = new ControllerClient(controller.httpPort(), controllerDir);
    }

    public String brokerUrl() {
        return broker.url();
    }

    public String hallId() {
        return DEMO.hall().id();
    }

    public ControllerClient rest() {
        return rest;
    }

    /** Stops the controller and starts it again on the same data: a new epoch, state back from SQLite. */
    public void restartController() throws Exception {
        controller.close();
        startController();
    }

    /** Stops the broker; {@link #startBroker()} brings it back on the same port and data. */
    public void stopBroker() {
        broker.close();
    }

    public void startBroker() throws Exception {
        broker = EmbeddedBroker.start("127.0.0.1", broker.port(), brokerDir);
    }

    @Override
    public void close() {
        if (controller != null) {
            controller.close();
        }
        if (broker != null) {
            broker.close();
        }
    }
}
