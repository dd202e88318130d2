package hallq.board.app;

import hallq.board.core.BoardSettings;
import hallq.board.render.BoardInfo;
import hallq.board.voice.Announcer;
import hallq.protocol.config.ConfigException;
import hallq.protocol.config.HallConfig;
import hallq.protocol.mqtt.MqttLogin;
import hallq.protocol.mqtt.Topics;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ./hall board ...}: one hall screen or window board, fed from the broker. */
@Command(name = "board", mixinStandardHelpOptions = true,
        description = "HallQ display board: the hall screen (综合屏) or one window board (窗口屏), with voice calls.")
public final class BoardMain implements Callable<Integer> {
    enum Mode { fx, text, led }

    static final class Target {
        @Option(names = "--hall", description = "the hall screen (default)")
        boolean hall;
        @Option(names = "--window", paramLabel = "N", description = "the board of window N")
        Integer window;
    }

    @Spec
    CommandSpec spec;
    @Mixin
    EdgeOptions edge;
    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Target target;
    @Option(names = "--mode", defaultValue = "fx",
            description = "fx (JavaFX window), text (stdout) or led (a window's LED panel over serial) (default: ${DEFAULT-VALUE})")
    Mode mode;
    @Option(names = "--port", paramLabel = "PATH",
            description = "led mode: the panel's serial port, e.g. /dev/ttyUSB1 (default: the window's "
                    + LedBoard.DEVICE_KIND + " device in the hall configuration)")
    String port;
    @Option(names = "--baud", paramLabel = "N", description = "led mode: baud rate (default: configured, else 115200)")
    Integer baud;
    @Option(names = "--led-address", paramLabel = "N",
            description = "led mode: the panel's bus address 1..254 (default: configured, else the window number)")
    Integer ledAddress;
    @Option(names = "--full-screen", description = "fx mode: fill the display")
    boolean fullScreen;
    @Option(names = "--render-once", paramLabel = "PNG",
            description = "wait for the retained state, draw one frame headless into PNG, exit")
    Path renderOnce;
    @Option(names = "--wait-seconds", defaultValue = "10", description = "render-once: how long to wait for state")
    int waitSeconds;
    @Option(names = "--stale-after-seconds", defaultValue = "15",
            description = "silence after which the board shows 连接中断 (default: ${DEFAULT-VALUE})")
    int staleAfterSeconds;
    @Option(names = "--voice", defaultValue = "off",
            description = "announce calls: off, speaker, wav or auto (speaker if present, else wav)")
    VoiceWiring.Mode voice;
    @Option(names = "--voice-dir", paramLabel = "DIR", defaultValue = "data/announcements",
            description = "where --voice wav writes announcements (default: ${DEFAULT-VALUE})")
    Path voiceDir;

    /** The board's login: a name with a password from the file, else from {@code envPassword}; none without a name. */
    static MqttLogin login(String user, Path passwordFile, String envPassword) {
        if (user == null || user.isBlank()) {
            if (passwordFile != null) {
                throw new IllegalArgumentException("--mqtt-password-file needs --mqtt-user");
            }
            return MqttLogin.ANONYMOUS;
        }
        if (passwordFile != null) {
            return MqttLogin.fromFile(user.strip(), passwordFile);
        }
        if (envPassword == null || envPassword.isBlank()) {
            throw new IllegalArgumentException("--mqtt-user " + user + " needs --mqtt-password-file FILE or $HALLQ_MQTT_PASSWORD");
        }
        return new MqttLogin(user.strip(), envPassword.strip());
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return new CommandLine(new BoardMain()).setCaseInsensitiveEnumValuesAllowed(true)
                .setOut(out).setErr(err).execute(args);
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        HallConfig hall;
        try {
            hall = edge.hall();
        } catch (ConfigException e) {
            err.println("bad hall configuration: " + e.getMessage());
            return 2;
        }
        BoardTarget which = target == null || target.window == null ? BoardTarget.hall() : new BoardTarget(target.window);
        if (!which.isHall() && hall.windows().stream().noneMatch(w -> w.number().equals(which.window()))) {
            err.println("window " + which.window() + " is not in " + edge.config);
            return 2;
        }
        LedBoard.Port led = null;
        if (mode == Mode.led && renderOnce == null) {
            if (which.isHall()) {
                err.println("--mode led drives one window's LED panel: give --window N");
                return 2;
            }
            try {
                led = LedBoard.port(hall, which.window(), port, baud, ledAddress).orElse(null);
            } catch (IllegalArgumentException e) {
                err.println("bad LED panel settings: " + e.getMessage());
                return 2;
            }
            if (led == null) {
                err.println("window " + which.window() + " has no " + LedBoard.DEVICE_KIND + " device in " + edge.config
                        + ": give --port PATH");
                return 2;
            }
            if (led.address() < 1 || led.address() > 254) {
                err.println("LED address " + led.address() + " outside 1..254");
                return 2;
            }
        }
        MqttLogin login;
        try {
            login = edge.login();
        } catch (RuntimeException e) {
            err.println("bad MQTT login: " + e.getMessage());
            return 2;
        }
        BoardInfo info = BoardInfo.from(hall);
        BoardSettings settings = new BoardSettings(Duration.ofSeconds(staleAfterSeconds), 8);
        String hallId = hall.hall().id();
        try (BoardRuntime runtime = new BoardRuntime(edge.broker, login, hallId, which.subscription(new Topics(hallId)),
                settings, InstantSource.system())) {
            if (renderOnce != null) {
                return RenderOnce.run(runtime, which, info, renderOnce, Duration.ofSeconds(waitSeconds), out, err);
            }
            try (Announcer ignored = VoiceWiring.attach(voice, voiceDir, runtime)) {
                return switch (mode) {
                    case text -> LiveBoard.text(runtime, which, info, out);
                    case led -> LiveBoard.led(runtime, which, info, led, out);
                    case fx -> LiveBoard.fx(runtime, which, info, fullScreen, err);
                };
            }
        }
    }
}
