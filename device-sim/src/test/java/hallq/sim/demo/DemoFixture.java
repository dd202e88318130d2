package hallq.sim.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** The demo hall for tests: the shipped hall, a light day profile, free ports, a temp data folder. */
final class DemoFixture {
    static final Path HALL = Path.of("../config/demo-hall.yml").toAbsolutePath().normalize();

    private DemoFixture() {
    }

    /**
     * A light morning (about 30 citizens an hour over four services) so that at a few hundred times
     * real speed the kiosks keep up on a small machine.
     */
    static Path lightMorning(Path dir) throws IOException {
        return scenario(dir, "light-morning", 11, """
                  HJ: { ratesPerHour: [10, 12, 10, 0], serviceTime: { kind: LOGNORMAL, meanMinutes: 8, cv: 0.6 } }
                  SB: { ratesPerHour: [10, 12, 10, 0], serviceTime: { kind: LOGNORMAL, meanMinutes: 7, cv: 0.6 } }
                  SW: { ratesPerHour: [5, 6, 5, 0], serviceTime: { kind: LOGNORMAL, meanMinutes: 9, cv: 0.6 } }
                  CJ: { ratesPerHour: [4, 5, 4, 0], serviceTime: { kind: FIXED, meanMinutes: 3 } }
                """, 0.08);
    }

    /** A light whole day, 09:00-17:00 with the lunch hour closed: about 15 citizens an hour over three services. */
    static Path lightDay(Path dir) throws IOException {
        return scenario(dir, "light-day", 23, """
                  HJ: { ratesPerHour: [6, 8, 6, 0, 6, 8, 6, 4], serviceTime: { kind: LOGNORMAL, meanMinutes: 8, cv: 0.6 } }
                  SB: { ratesPerHour: [6, 8, 6, 0, 6, 8, 6, 4], serviceTime: { kind: LOGNORMAL, meanMinutes: 7, cv: 0.6 } }
                  CJ: { ratesPerHour: [3, 3, 3, 0, 3, 3, 3, 2], serviceTime: { kind: FIXED, meanMinutes: 3 } }
                """, 0.05);
    }

    private static Path scenario(Path dir, String name, int seed, String services, double noShowRate) throws IOException {
        Files.createDirectories(dir);
        return Files.writeString(dir.resolve(name + ".yml"), """
                name: %s
                hall: %s
                date: 2026-11-23
                from: "09:00"
                seed: %d
                services:
                %scitizens: { greenChannelShare: 0.1, appointmentShare: 0, noShowRate: %s, noShowAfterMinutes: 2, meanPatienceMinutes: 0 }
                """.formatted(name, HALL, seed, services, noShowRate));
    }

    static DemoSettings settings(Path data, Path scenario, double speed) {
        return new DemoSettings(HALL, scenario, data, speed, 0, 0, 0, 3, null, Duration.ofMinutes(10));
    }
}
