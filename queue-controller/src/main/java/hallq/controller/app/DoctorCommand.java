package hallq.controller.app;

import hallq.controller.adapter.sqlite.Migrations;
import hallq.controller.adapter.sqlite.SqliteHealth;
import hallq.controller.doctor.Doctor;
import hallq.controller.doctor.Finding;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ./hall controller doctor}: checks the installation, one line per check; exit code 1 on any FAIL. */
@Command(name = "doctor", mixinStandardHelpOptions = true,
        description = "Check this hall's installation: configuration, data folder and secrets, database, disk, "
                + "backups, ports, serial devices, broker, clock. One line per check (OK, WARN, FAIL with the "
                + "fix); exit code 1 if any check fails (docs/operations.md).")
public final class DoctorCommand implements Callable<Integer> {
    @Mixin
    HallOptions files = new HallOptions();

    @Option(names = "--host", description = "address the controller listens on (default: ${DEFAULT-VALUE})")
    String host = "127.0.0.1";

    @Option(names = "--port", description = "the controller's HTTP port (default: ${DEFAULT-VALUE})")
    int port = 8080;

    @Option(names = "--mqtt-port", description = "port of the embedded broker (default: ${DEFAULT-VALUE})")
    int mqttPort = 1883;

    @Option(names = "--broker", description = "the external MQTT broker the controller uses, if any")
    String broker;

    @Override
    public Integer call() {
        List<Finding> findings = new Doctor(new SqliteHealth(), Migrations.releaseVersion()).examine(
                new Doctor.Target(files.config, files.data, host, port, mqttPort, broker), Clock.systemUTC().instant());
        findings.forEach(f -> System.out.println(f.line()));
        long failed = findings.stream().filter(f -> f.level() == Finding.Level.FAIL).count();
        long warned = findings.stream().filter(f -> f.level() == Finding.Level.WARN).count();
        System.out.println(failed > 0 ? failed + " check(s) failed, " + warned + " warning(s)"
                : warned > 0 ? "no failures, " + warned + " warning(s)" : "all checks passed");
        return failed > 0 ? 1 : 0;
    }
}
