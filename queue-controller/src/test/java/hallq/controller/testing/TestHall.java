package hallq.controller.testing;

import hallq.controller.app.Controller;
import hallq.protocol.config.HallConfig;
import hallq.protocol.config.HallConfigLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;

/** A real controller for tests: demo hall, temp data folder, loopback, free ports. */
public final class TestHall {
    public static final Path DEMO = Path.of("../config/demo-hall.yml");

    private TestHall() {
    }

    public static HallConfig demoConfig() {
        return new HallConfigLoader().load(DEMO);
    }

    public static Path newDataDir() throws Exception {
        Path base = Path.of(System.getProperty("java.io.tmpdir"));
        Files.createDirectories(base);
        return Files.createTempDirectory(base, "hall-");
    }

    public static Controller start(Path data, InstantSource clock) throws Exception {
        return start(data, clock, null);
    }

    public static Controller start(Path data, InstantSource clock, String brokerUrl) throws Exception {
        return Controller.start(new Controller.Settings(demoConfig(), data, "127.0.0.1", 0, brokerUrl, 0, clock, true));
    }
}
