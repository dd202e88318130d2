package hallq.sim.crowd;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import hallq.protocol.config.ConfigException;
import hallq.protocol.config.HallConfig;
import hallq.protocol.config.HallConfigLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** Reads a scenario file and the hall configuration it names (relative to the scenario's folder). */
public final class ScenarioLoader {
    private final ObjectMapper yaml = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addModule(new JavaTimeModule())
            .addModule(new SimpleModule().addDeserializer(Duration.class, new DurationText()))
            .build();

    /** A scenario ready to run. */
    public record Loaded(Scenario scenario, HallConfig hall, Instant start) {
        public SimResult run() {
            return CrowdSimulation.run(scenario, hall, start);
        }

        public Loaded with(Scenario s) {
            return new Loaded(s, hall, start);
        }
    }

    public Loaded load(Path file) {
        Scenario sc;
        try {
            sc = yaml.readValue(file.toFile(), Scenario.class);
        } catch (IOException e) {
            throw new ConfigException(file + ": " + e.getMessage());
        }
        if (sc == null || sc.hall() == null || sc.services() == null || sc.services().isEmpty()
                || sc.date() == null || sc.from() == null) {
            throw new ConfigException(file + ": a scenario needs hall, date, from and services");
        }
        Path dir = file.toAbsolutePath().getParent();
        HallConfig hall = new HallConfigLoader().load(dir.resolve(sc.hall()));
        sc.services().forEach((id, d) -> {
            if (hall.service(id) == null) {
                throw new ConfigException(file + ": services." + id + ": not a service of " + sc.hall());
            }
            if (d.ratesPerHour() == null || d.serviceTime() == null) {
                throw new ConfigException(file + ": services." + id + ": needs ratesPerHour and serviceTime");
            }
        });
        Instant start = sc.date().atTime(sc.from()).atZone(ZoneId.of(hall.hall().timezone())).toInstant();
        return new Loaded(sc, hall, start);
    }
}
