package hallq.sim.demo;

import hallq.protocol.config.ConfigException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./hall demo}: the whole hall on one machine, until Ctrl-C or {@code --duration}. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Runs the whole hall in one process: controller (embedded broker, SQLite), simulated devices "
                + "over pty pairs, clerks, a crowd by the day profile taking tickets at the kiosks, and the boards.")
public final class DemoMain implements Callable<Integer> {
    enum Ui { auto, fx, text }

    @Option(names = "--config", description = "hall configuration (default: ${DEFAULT-VALUE})")
    Path config = Path.of("config/demo-hall.yml");
    @Option(names = "--scenario", description = "day profile: arrivals per service per hour (default: ${DEFAULT-VALUE})")
    Path scenario = Path.of("scenarios/demo-day.yml");
    @Option(names = "--data", description = "data folder; running again on it carries on (default: ${DEFAULT-VALUE})")
    Path data = Path.of("data");
    @Option(names = "--speed", description = "hall clock speed; 1 = live hall on the real clock (default: ${DEFAULT-VALUE})")
    double speed = 60;
    @Option(names = "--duration", converter = WallDuration.class,
            description = "stop by itself after this much real time, e.g. 90s, 10m (default: until Ctrl-C)")
    Duration duration;
    @Option(names = "--port", description = "controller HTTP port, 0 = any (default: ${DEFAULT-VALUE})")
    int port = 8080;
    @Option(names = "--mqtt-port", description = "embedded broker port, 0 = any (default: ${DEFAULT-VALUE})")
    int mqttPort = 1883;
    @Option(names = "--api-port", description = "fault injection API port, 0 = any (default: ${DEFAULT-VALUE})")
    int apiPort = 8099;
    @Option(names = "--kiosks", description = "self-service kiosks, each with a printer (default: ${DEFAULT-VALUE})")
    int kiosks = 3;
    @Option(names = "--ui", description = "auto (JavaFX kiosk and hall board when there is a display), fx or text "
            + "(default: ${DEFAULT-VALUE})")
    Ui ui = Ui.auto;
    @Option(names = "--board-every", converter = WallDuration.class,
            description = "print the hall board on the console at most this often (default: 30s)")
    Duration boardEvery = Duration.ofSeconds(30);

    public static void main(String[] args) {
        System.exit(new CommandLine(new DemoMain()).setCaseInsensitiveEnumValuesAllowed(true).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        boolean fx = ui == Ui.fx || ui == Ui.auto && (System.getenv("DISPLAY") != null
                || System.getenv("WAYLAND_DISPLAY") != null);
        DemoSettings settings;
        try {
            settings = new DemoSettings(config, scenario, data, speed, port, mqttPort, apiPort, kiosks,
                    fx ? null : out, boardEvery);
        } catch (IllegalArgumentException e) {
            System.err.println("hall demo: " + e.getMessage());
            return 2;
        }
        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop.countDown();
            awaitQuietly(stopped);
        }));
        Demo demo;
        try {
            demo = Demo.start(settings);
        } catch (ConfigException | IllegalArgumentException e) {
            System.err.println("hall demo: " + e.getMessage());
            stopped.countDown();
            return 2;
        } catch (Exception e) {
            System.err.println("hall demo: cannot start: " + e.getMessage() + " (another demo or controller on the "
                    + "same ports? try --port 0 --mqtt-port 0 --api-port 0)");
            stopped.countDown();
            return 1;
        }
        try {
            out.print(DemoUrls.text(demo, fx));
            if (fx) {
                FxWindows.open(demo, stop);
            }
            if (duration == null) {
                stop.await();
            } else {
                stop.await(duration.toMillis(), TimeUnit.MILLISECONDS);
            }
            String summary = demo.summary().format();
            demo.close();
            out.print(summary);
        } finally {
            demo.close();
            stopped.countDown();
        }
        return 0;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** {@code 90s}, {@code 10m}, {@code 1h}, {@code 500ms} or ISO-8601 ({@code PT90S}). */
    static final class WallDuration implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            var m = Pattern.compile("(\\d+)(ms|s|m|h)").matcher(value.trim());
            if (m.matches()) {
                long n = Long.parseLong(m.group(1));
                return switch (m.group(2)) {
                    case "ms" -> Duration.ofMillis(n);
                    case "s" -> Duration.ofSeconds(n);
                    case "m" -> Duration.ofMinutes(n);
                    default -> Duration.ofHours(n);
                };
            }
            try {
                return Duration.parse(value.trim());
            } catch (DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a duration like 90s, 10m or 1h");
            }
        }
    }
}
