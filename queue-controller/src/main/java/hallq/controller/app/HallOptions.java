package hallq.controller.app;

import hallq.protocol.config.ConfigException;
import hallq.protocol.config.HallConfig;
import hallq.protocol.config.HallConfigLoader;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options of a command that works on one hall's files: its configuration and its data folder. */
final class HallOptions {
    @Option(names = "--config", description = "hall configuration (default: ${DEFAULT-VALUE})")
    Path config = Path.of("config/demo-hall.yml");

    @Option(names = "--data", description = "the controller's data folder (default: ${DEFAULT-VALUE})")
    Path data = Path.of("data");

    /** The configuration, or null once the reason it cannot be loaded is printed. */
    HallConfig load() {
        return load(config);
    }

    static HallConfig load(Path config) {
        try {
            return new HallConfigLoader().load(config);
        } catch (ConfigException e) {
            System.err.println("hallq: bad configuration: " + e.getMessage());
            return null;
        }
    }
}
