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
import java.util.function.Function;
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
    @Option(names = "--city", description = "the city demo: a city hub and every hall of --city-layout, each a whole "
            + "demo hall, on one clock (docs/city.md)")
    boolean city;
    @Option(names = "--city-layout", description = "the city demo's halls (default: ${DEFAULT-VALUE})")
    Path cityLayout = Path.of("config/city/city.yml");
    @Option(names = "--hub-port", description = "the city hub's HTTP port, 0 = any (default: ${DEFAULT-VALUE})")
    int hubPort = 8090;
    @Option(names = "--board-every", converter = WallDuration.class,
            description = "print the hall board on the console at most this often (default: 30s)")
    Duration boardEvery = Duration.ofSeconds(30);

    public static void main(String[] args) {
        System.exit(new CommandLine(new DemoMain()).setCaseInsensitiveEnumValuesAllowed(true).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (city) {
            return city(out);
        }
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
        return run("hall demo", " (another demo or controller on the same ports? try --port 0 --mqtt-port 0 "
                + "--api-port 0)", () -> Demo.start(settings), (demo, stop) -> {
                    out.print(DemoUrls.text(demo, fx));
                    if (fx) {
                        FxWindows.open(demo, stop);
                    }
                }, demo -> demo.summary().format(), out);
    }

    /** The city demo: its halls run without windows or console boards; their URLs are printed. */
    private int city(PrintStream out) throws Exception {
        if (!(speed >= 1) || speed > 10_000) {
            System.err.println("hall demo: --speed must be between 1 and 10000, was " + speed);
            return 2;
        }
        return run("hall demo --city", " (another demo or hub on the same ports? try --port 0 --mqtt-port 0 "
                + "--api-port 0 --hub-port 0)", () -> CityDemo.start(new CityDemo.Settings(cityLayout, data, speed, hubPort,
                port, mqttPort, apiPort)), (demo, stop) -> out.print(DemoUrls.city(demo)), CityDemo::summary, out);
    }

    /** Something started, shown, then stopped (by Ctrl-C or after --duration) with its summary printed. */
    private interface Starter<T> {
        T start() throws Exception;
    }

    private interface Shower<T> {
        void show(T demo, CountDownLatch stop) throws Exception;
    }

    private <T extends AutoCloseable> int run(String name, String hint, Starter<T> starter, Shower<T> shower,
                                              Function<T, String> summary, PrintStream out) throws Exception {
        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop.countDown();
            awaitQuietly(stopped);
        }));
        T demo;
        try {
            demo = starter.start();
        } catch (ConfigException | IllegalArgumentException e) {
            System.err.println(name + ": " + e.getMessage());
            stopped.countDown();
            return 2;
        } catch (Exception e) {
            System.err.println(name + ": cannot start: " + e.getMessage() + hint);
            stopped.countDown();
            return 1;
        }
        try {
            shower.show(demo, stop);
            if (duration == null) {
                stop.await();
            } else {
                stop.await(duration.toMillis(), TimeUnit.MILLISECONDS);
            }
            String text = summary.apply(demo);
            demo.close();
            out.print(text);
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
