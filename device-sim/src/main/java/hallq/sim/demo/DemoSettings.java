package hallq.sim.demo;

import hallq.controller.app.Controller;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;

/**
 * How to run the demo hall. {@code speed} 1 is the live hall on the real clock. Ports 0 pick free
 * ports. {@code kiosks}: how many self-service kiosks (each with its own printer). {@code console}
 * gets the hall board as text at most every {@code boardEvery} (null: none). Every MQTT device and
 * board of the demo logs in with its own client, made in the data folder on the first run.
 * In the city demo, {@code clock} is the one clock of every hall (null: the hall's own) and
 * {@code city} the hall's link to the hub (null: none).
 */
public record DemoSettings(Path config, Path scenario, Path data, double speed, int httpPort, int mqttPort,
                           int apiPort, int kiosks, PrintStream console, Duration boardEvery, DemoClock clock,
                           Controller.CityLink city) {
    public DemoSettings(Path config, Path scenario, Path data, double speed, int httpPort, int mqttPort, int apiPort,
                        int kiosks, PrintStream console, Duration boardEvery) {
        this(config, scenario, data, speed, httpPort, mqttPort, apiPort, kiosks, console, boardEvery, null, null);
    }

    public DemoSettings {
        if (!(speed >= 1) || speed > 10_000) {
            throw new IllegalArgumentException("--speed must be between 1 and 10000, was " + speed);
        }
        if (kiosks < 1 || kiosks > 20) {
            throw new IllegalArgumentException("--kiosks must be between 1 and 20, was " + kiosks);
        }
    }
}
