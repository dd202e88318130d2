package hallq.controller.app;

import hallq.controller.adapter.sqlite.Migrations;
import hallq.controller.auth.StaffCommand;
import hallq.controller.backup.DataFolderLock;
import hallq.controller.backup.Retention;
import hallq.controller.mqttauth.MqttClientCommand;
import hallq.controller.mqttauth.MqttConfigCommand;
import hallq.controller.service.CityRelay;
import hallq.protocol.PortInUse;
import hallq.protocol.config.HallConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.InstantSource;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./hall controller}: runs the queue controller until Ctrl-C. */
@Command(name = "controller", mixinStandardHelpOptions = true, subcommands = {ReportMain.class, StaffCommand.class,
        MqttClientCommand.class, MqttConfigCommand.class, BackupCommand.class, RestoreCommand.class, DoctorCommand.class},
        description = "Runs the queue controller: REST API, SQLite store, MQTT (embedded broker by default).")
public final class ControllerMain implements Callable<Integer> {
    @Option(names = "--config", description = "hall configuration (default: ${DEFAULT-VALUE})")
    Path config = Path.of("config/demo-hall.yml");

    @Option(names = "--port", description = "HTTP port, 0 for any free port (default: ${DEFAULT-VALUE})")
    int port = 8080;

    @Option(names = "--host", description = "address to listen on (default: ${DEFAULT-VALUE})")
    String host = "127.0.0.1";

    @Option(names = "--broker", description = "external MQTT broker URL, e.g. tcp://127.0.0.1:1883 (default: embedded)")
    String broker;

    @Option(names = "--mqtt-port", description = "port of the embedded broker (default: ${DEFAULT-VALUE})")
    int mqttPort = 1883;

    @Option(names = "--data", description = "data folder: SQLite file and broker store (default: ${DEFAULT-VALUE})")
    Path data = Path.of("data");

    @Option(names = "--start-at", description = "run on a hall clock starting at this local time, e.g. 2026-11-23T09:00")
    LocalDateTime startAt;

    @Option(names = "--speed", description = "hall clock speed, with --start-at (default: ${DEFAULT-VALUE})")
    double speed = 1;

    @Option(names = "--any-hours", description = "issue tickets outside the configured opening hours")
    boolean anyHours;

    @Option(names = "--mqtt-allow-anonymous", description = "let clients without a login into the embedded broker, "
            + "with every right (a lab only; default: every client logs in, see mqtt-client)")
    boolean mqttAllowAnonymous;

    @Option(names = "--city-hub", description = "send the hall's events to this city hub, e.g. https://hub.example:8090 "
            + "(docs/city.md; default: none, the hall runs alone)")
    String cityHub;

    @Option(names = "--city-password-file", description = "the hall's password at the hub (default: DATA/secrets/city-hub.password)")
    Path cityPasswordFile;

    @Option(names = "--rating-export", description = "where the hall's 好差评 records go: file (JSON lines in "
            + "DATA/exports/haochaping), off, or the province's platform's https:// address (docs/ratings-export.md; "
            + "default: ${DEFAULT-VALUE})")
    String ratingExport = "file";

    @Option(names = "--rating-export-token-file", description = "the platform's token, sent as a bearer token "
            + "(default: DATA/secrets/haochaping.token when it exists)")
    Path ratingTokenFile;

    @Option(names = "--backups-daily", description = "daily backups kept in DATA/backups, taken an hour after closing "
            + "(default: ${DEFAULT-VALUE}; 0: none taken)")
    int backupsDaily = Retention.DEFAULT.daily();

    @Option(names = "--backups-monthly", description = "monthly backups kept besides, the first of each month "
            + "(default: ${DEFAULT-VALUE})")
    int backupsMonthly = Retention.DEFAULT.monthly();

    /** The --rating-export choice, or null (after saying why) when it is not one. */
    private RatingExportTo ratingExportTo() throws java.io.IOException {
        switch (ratingExport) {
            case "file" -> {
                return RatingExportTo.FILE;
            }
            case "off" -> {
                return RatingExportTo.OFF;
            }
            default -> {
                java.net.URI url;
                try {
                    url = new java.net.URI(ratingExport);
                } catch (java.net.URISyntaxException e) {
                    url = null;
                }
                if (url == null || !("https".equals(url.getScheme()) || "http".equals(url.getScheme()))
                        || url.getHost() == null) {
                    System.err.println("hallq: --rating-export must be file, off or an http(s):// address, got '"
                            + ratingExport + "'");
                    return null;
                }
                Path file = ratingTokenFile != null ? ratingTokenFile : data.resolve("secrets").resolve("haochaping.token");
                if (ratingTokenFile != null && !Files.isReadable(file)) {
                    System.err.println("hallq: --rating-export-token-file " + file + " cannot be read");
                    return null;
                }
                return RatingExportTo.platform(url, Files.isReadable(file) ? Files.readString(file).strip()
                        : null);
            }
        }
    }

    @Override
    public Integer call() throws Exception {
        HallConfig hall = HallOptions.load(config);
        if (hall == null) {
            return 2;
        }
        ZoneId zone = ZoneId.of(hall.hall().timezone());
        InstantSource clock = startAt == null ? Clock.systemUTC() : new ScaledClock(startAt.atZone(zone).toInstant(), speed);
        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        Controller.Settings settings = new Controller.Settings(hall, data, host, port, broker, mqttPort, clock,
                !anyHours, mqttAllowAnonymous);
        if (backupsDaily > 0) {
            if (backupsMonthly < 0) {
                System.err.println("hallq: --backups-monthly cannot be negative");
                return 2;
            }
            settings = settings.withDailyBackup(new Controller.DailyBackups(config, new Retention(backupsDaily,
                    backupsMonthly)));
        }
        if (cityHub != null) {
            Path file = cityPasswordFile != null ? cityPasswordFile : data.resolve("secrets").resolve("city-hub.password");
            if (!Files.isReadable(file)) {
                System.err.println("hallq: --city-hub needs the hall's password at the hub in " + file
                        + " (or --city-password-file)");
                return 2;
            }
            settings = settings.withCity(new Controller.CityLink(cityHub, Files.readString(file).strip(),
                    CityRelay.Settings.defaults()));
        }
        RatingExportTo ratings = ratingExportTo();
        if (ratings == null) {
            return 2;
        }
        settings = settings.withRatingExport(ratings);
        Controller started;
        try {
            started = Controller.start(settings);
        } catch (DataFolderLock.Held | Migrations.TooNew e) { // refused: one line, no stack trace
            System.err.println("hallq: " + e.getMessage());
            return 1;
        } catch (Exception e) {
            List<PortInUse.Port> ports = new ArrayList<>(List.of(new PortInUse.Port("HTTP", port, "--port")));
            if (broker == null) {
                ports.add(new PortInUse.Port("the embedded MQTT broker", mqttPort, "--mqtt-port"));
            }
            Optional<String> busy = PortInUse.explain(e, "controller", host, ports);
            if (busy.isEmpty()) {
                throw e;
            }
            System.err.println(busy.get());
            return 1;
        }
        try (Controller c = started) {
            System.out.printf("HallQ controller for %s%n  REST    http://%s:%d/api/v1/services%n  health  http://%s:%d/health%n"
                    + "  MQTT    %s%n  data    %s%nCtrl-C to stop.%n", hall.hall().name(), host, c.httpPort(), host,
                    c.httpPort(), c.brokerUrl(), data.toAbsolutePath());
            System.out.printf("  staff   http://%s:%d/staff%n", host, c.httpPort());
            System.out.printf("  MQTT clients log in (%s; ./hall controller mqtt-client --help)%s%n",
                    c.mqttAccounts().file(), mqttAllowAnonymous ? "; ANONYMOUS CLIENTS ALLOWED (lab)" : "");
            if (c.firstRunPasswordFile() != null) {
                System.out.printf("First run: manager account 'admin' created; its password is in %s (readable by you "
                        + "only).%nAdd clerks with: ./hall controller staff add --help%n", c.firstRunPasswordFile().toAbsolutePath());
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                stop.countDown();
                awaitQuietly(stopped);
            }));
            stop.await();
        } finally {
            stopped.countDown();
        }
        return 0;
    }

    /** Lets a Ctrl-C wait (bounded) until the controller has closed its store and connections. */
    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new ControllerMain()).execute(args));
    }
}
