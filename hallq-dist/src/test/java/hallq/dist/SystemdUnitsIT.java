package hallq.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The bundle's systemd units: systemd's own check where it is installed, and the board's instance mapping. */
class SystemdUnitsIT {
    private static final List<String> SERVICES = List.of("hallq-controller.service", "hallq-kiosk@.service",
            "hallq-board@.service", "hallq-printer@.service", "hallq-city.service");
    private final Bundle bundle = Bundle.shared();

    SystemdUnitsIT() throws Exception {
    }

    @Test
    void units_passSystemdAnalyzeVerify() throws Exception {
        Path analyze = onPath("systemd-analyze");
        assumeTrue(analyze != null, "systemd-analyze is not on this machine: the units were not checked by systemd");
        // as installed, but with /opt/hallq at the unpacked bundle, so systemd finds the programs they run
        Path units = Files.createDirectories(bundle.work().resolve("units"));
        try (Stream<Path> files = Files.list(bundle.home().resolve("systemd"))) {
            for (Path unit : files.filter(p -> !p.toString().endsWith(".env")).toList()) {
                Files.writeString(units.resolve(unit.getFileName()), Files.readString(unit)
                        .replace("/opt/hallq/", bundle.home() + "/"));
            }
        }
        List<String> cmd = new ArrayList<>(List.of(analyze.toString(), "verify"));
        for (String unit : List.of("hallq-controller.service", "hallq-controller-health.service",
                "hallq-controller-health.timer", "hallq-city.service", "hallq-kiosk@kiosk-1.service",
                "hallq-board@hall.service", "hallq-board@5.service", "hallq-printer@5.service")) {
            cmd.add(units.resolve(unit).toString()); // an instance is read from its template beside it
        }
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.lines().noneMatch(l -> l.contains("hallq")), "systemd-analyze complains:\n" + out);
    }

    @Test
    void services_runAsHallq_andRestartOnFailure() throws Exception {
        for (String name : SERVICES) {
            List<String> lines = Files.readAllLines(bundle.home().resolve("systemd").resolve(name));
            assertTrue(lines.contains("User=hallq") && lines.contains("Restart=on-failure"), name);
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("ExecStart=/opt/hallq/bin/hallq ")
                    || l.startsWith("ExecStart=/bin/sh -c ")), name);
        }
    }

    @Test
    void boardInstance_hallIsTheHallScreen_aNumberIsThatWindow() throws Exception {
        Path fake = bundle.work().resolve("fake-hallq");
        Files.writeString(fake, "#!/bin/sh\necho \"$@\"\n");
        assertTrue(fake.toFile().setExecutable(true));
        String exec = Files.readAllLines(bundle.home().resolve("systemd/hallq-board@.service")).stream()
                .filter(l -> l.startsWith("ExecStart=")).findFirst().orElseThrow();
        String script = exec.substring(exec.indexOf('\'') + 1, exec.lastIndexOf('\''))
                .replace("$$", "$").replace("/opt/hallq/bin/hallq", fake.toString());
        assertEquals("board --hall --config /etc/hallq/hall.yml --broker tcp://127.0.0.1:1883 --mqtt-user board-hall "
                + "--mqtt-password-file /etc/hallq/secrets/board-hall.password --voice-dir /var/lib/hallq/announcements",
                sh(script, "hall"));
        assertTrue(sh(script, "5").startsWith("board --window 5 --config /etc/hallq/hall.yml"), sh(script, "5"));
        assertTrue(sh(script, "5").contains("--mqtt-user board-5 --mqtt-password-file /etc/hallq/secrets/board-5.password"));
    }

    /** {@code sh -c SCRIPT INSTANCE} as systemd runs it, with the unit's default environment. */
    private static String sh(String script, String instance) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("/bin/sh", "-c", script, instance).redirectErrorStream(true);
        pb.environment().put("HALLQ_BROKER", "tcp://127.0.0.1:1883");
        pb.environment().put("HALLQ_BOARD_OPTS", "");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(p.waitFor(20, TimeUnit.SECONDS));
        return out;
    }

    private static Path onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path p = Path.of(dir, program);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }
}
