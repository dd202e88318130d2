package hallq.board.bench;

import hallq.board.app.BoardRuntime;
import hallq.board.app.BoardTarget;
import hallq.board.app.FxLiveBoard;
import hallq.board.core.BoardSettings;
import hallq.board.core.BoardState;
import hallq.board.render.BoardInfo;
import hallq.board.render.fx.FxPlatform;
import hallq.controller.app.Controller;
import hallq.controller.bench.ControllerBench;
import hallq.controller.mqttauth.MqttRole;
import hallq.protocol.config.HallConfig;
import hallq.protocol.config.HallConfigLoader;
import hallq.protocol.mqtt.MqttLogin;
import hallq.protocol.mqtt.Topics;
import hallq.protocol.rest.WindowView;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./hall bench board}: the real controller (SQLite, embedded broker, REST) for a hall of N
 * windows and B boards subscribed to it in this JVM, each with its own MQTT connection. For each
 * timed {@code call-next} request it prints how long until each board's state and text show the
 * call, until every board shows it, and until a JavaFX hall screen has laid out a frame with it.
 */
@Command(name = "bench board", mixinStandardHelpOptions = true, description = "Board benchmark.")
public final class BoardBench implements Callable<Integer> {
    private static final long SEEN_WITHIN_NS = TimeUnit.SECONDS.toNanos(10);
    @Option(names = "--windows", description = "windows in the hall (default: ${DEFAULT-VALUE})")
    int windows = 200;
    @Option(names = "--boards", description = "boards subscribed (default: ${DEFAULT-VALUE})")
    int boards = 100;
    @Option(names = "--hall-screens", description = "of which hall screens; the rest are window boards (default: ${DEFAULT-VALUE})")
    int hallScreens = 10;
    @Option(names = "--calls", description = "call-next requests timed (default: ${DEFAULT-VALUE})")
    int calls = 1_000;
    @Option(names = "--warm-up", description = "calls before timing starts (default: ${DEFAULT-VALUE})")
    int warmUp = 200;
    @Option(names = "--fx", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "also time a JavaFX hall screen (headless, software rendering) (default: ${DEFAULT-VALUE})")
    boolean fx;
    @Option(names = "--config", description = "services taken from (default: ${DEFAULT-VALUE})")
    Path config = Path.of("config/demo-hall.yml");

    private PrintStream out = System.out;

    /** When one board first showed each ticket (System.nanoTime()). */
    private record Seen(String name, Map<String, Long> at) {
        Seen(String name) {
            this(name, new ConcurrentHashMap<>());
        }
    }

    @Override
    public Integer call() throws Exception {
        if (hallScreens < 1 || hallScreens > boards || boards - hallScreens > windows) {
            out.println("need 1 <= hall screens <= boards, and no more window boards than windows");
            return 2;
        }
        HallConfig hall = ControllerBench.benchHall(new HallConfigLoader().load(config), windows);
        BoardInfo info = BoardInfo.from(hall);
        Path data = Files.createTempDirectory("hallq-board-bench-");
        out.printf("HallQ board benchmark: %d windows, %d boards (%d hall screens, %d window boards), "
                + "%d timed calls after %d warm-up calls%n", windows, boards, hallScreens, boards - hallScreens, calls, warmUp);
        out.printf("machine: %d cores, java %s, %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        try (Controller controller = Controller.start(new Controller.Settings(hall, data, "127.0.0.1", 0, null, 0,
                InstantSource.system(), false))) {
            List<BoardRuntime> running = new ArrayList<>();
            try {
                run(controller, data, hall, info, running);
            } finally {
                running.forEach(BoardRuntime::close); // before the controller takes its broker down
            }
        }
        return 0;
    }

    private void run(Controller controller, Path data, HallConfig hall, BoardInfo info, List<BoardRuntime> running) {
        ControllerClient rest = new ControllerClient(controller.httpPort(), data);
        // before the boards subscribe: 1,440 tickets as fast as REST takes them, with 100 cold boards
        // listening, could put them more than 5 s behind, and the broker then sends every message not
        // acknowledged in 5 s again, which puts them further behind (the run never recovered)
        issueTickets(rest, hall, warmUp + calls, windows);
        Topics topics = new Topics(hall.hall().id());
        List<Seen> hallSeen = new ArrayList<>();
        Map<Integer, Seen> windowSeen = new ConcurrentHashMap<>();
        // one login for all: each board connects as bench-board@<its own tag>
        MqttLogin login = controller.mqttAccounts().ensure("bench-board", MqttRole.BOARD, null);
        for (int i = 0; i < boards; i++) {
            BoardTarget target = i < hallScreens ? BoardTarget.hall() : new BoardTarget(i - hallScreens + 1);
            BoardRuntime board = new BoardRuntime(controller.brokerUrl(), login, hall.hall().id(),
                    target.subscription(topics), BoardSettings.defaults(), InstantSource.system());
            Seen seen = new Seen(target.name());
            watchText(board, target, info, seen);
            if (target.isHall()) {
                hallSeen.add(seen);
            } else {
                windowSeen.put(target.window(), seen);
            }
            running.add(board.start());
        }
        Seen frames = fx ? watchFrames(running.get(0), info) : null;
        waitForState(running);
        List<Long> perBoard = new ArrayList<>();
        List<Long> allBoards = new ArrayList<>();
        List<Long> frameTimes = new ArrayList<>();
        int misses = 0;
        for (int i = 0; i < warmUp + calls; i++) {
            int w = 1 + i % windows;
            List<Seen> observers = new ArrayList<>(hallSeen);
            if (windowSeen.containsKey(w)) {
                observers.add(windowSeen.get(w));
            }
            long t0 = System.nanoTime();
            String ticket = rest.callNext(w);
            if (ticket == null) {
                misses++;
                continue;
            }
            long slowest = 0;
            for (Seen s : observers) {
                long d = await(s, ticket) - t0;
                slowest = Math.max(slowest, d);
                if (i >= warmUp) {
                    perBoard.add(d);
                }
            }
            long frame = frames == null ? 0 : await(frames, ticket) - t0;
            if (i >= warmUp) {
                allBoards.add(slowest);
                if (frames != null) {
                    frameTimes.add(frame);
                }
            }
            rest.action(w, "complete");
        }
        print("call-next request -> one board's state and text show it", perBoard);
        print("call-next request -> every subscribed board shows it", allBoards);
        if (frames != null) {
            print("call-next request -> JavaFX hall screen frame laid out with it", frameTimes);
        }
        if (misses > 0) {
            out.printf("(%d calls found nobody waiting and were not timed)%n", misses);
        }
    }

    /** Notes when the board's text (what --mode text prints) first shows each newly called ticket. */
    private static void watchText(BoardRuntime board, BoardTarget target, BoardInfo info, Seen seen) {
        board.store().listen((before, after) -> {
            String ticket = newTicket(target, before, after);
            if (ticket != null && target.text(after, info, Instant.now(), false).contains(ticket)) {
                seen.at().putIfAbsent(ticket, System.nanoTime());
            }
        });
    }

    private static String newTicket(BoardTarget target, BoardState before, BoardState after) {
        if (target.isHall()) {
            return after.callSerial() != before.callSerial() && after.highlighted() != null
                    ? after.highlighted().ticket() : null;
        }
        WindowView now = after.window(target.window());
        WindowView was = before.window(target.window());
        String ticket = now == null ? null : now.currentTicket();
        return ticket != null && (was == null || !ticket.equals(was.currentTicket())) ? ticket : null;
    }

    /** A JavaFX hall screen on the first board: notes the pulse whose layout first holds each highlighted ticket. */
    private static Seen watchFrames(BoardRuntime board, BoardInfo info) {
        FxPlatform.useHeadless();
        FxPlatform.start();
        Seen seen = new Seen("fx");
        Stage stage = FxLiveBoard.open(board, BoardTarget.hall(), info, false);
        FxPlatform.call(() -> {
            Node ticket = stage.getScene().lookup("#highlightTicket");
            stage.getScene().addPostLayoutPulseListener(() -> {
                String shown = ((Label) ticket).getText();
                if (!shown.isEmpty()) {
                    seen.at().putIfAbsent(shown, System.nanoTime());
                }
            });
            return null;
        });
        return seen;
    }

    private static void waitForState(List<BoardRuntime> boards) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        for (BoardRuntime b : boards) {
            while (b.store().state().hallName() == null) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("a board got no hall snapshot within 60 s");
                }
                LockSupport.parkNanos(1_000_000);
            }
        }
    }

    /** A ticket for each call to come, in a service the called window serves first, and a fifth more to spare. */
    private static void issueTickets(ControllerClient rest, HallConfig hall, int calls, int windows) {
        for (int i = 0; i < calls + calls / 5; i++) {
            rest.issue(hall.windows().get(i % windows).services().get(0));
        }
    }

    private static long await(Seen seen, String ticket) {
        long deadline = System.nanoTime() + SEEN_WITHIN_NS;
        Long at;
        while ((at = seen.at().remove(ticket)) == null) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("board " + seen.name() + " did not show " + ticket + " within 10 s");
            }
            LockSupport.parkNanos(200_000); // the board's own thread took the time; no need to spin on two cores
        }
        return at;
    }

    private void print(String what, List<Long> nanos) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        if (sorted.length == 0) {
            out.println(what + ": no samples");
            return;
        }
        out.printf("%s: p50 %.2f ms, p99 %.2f ms, max %.2f ms (n=%d)%n", what, sorted[sorted.length / 2] / 1e6,
                sorted[(int) (sorted.length * 0.99)] / 1e6, sorted[sorted.length - 1] / 1e6, sorted.length);
    }

    public static void main(String[] args) {
        if (System.getProperty("hallq.log.level") == null) {
            System.setProperty("hallq.log.level", "warn"); // figures, not 100 boards' connects
        }
        System.exit(run(System.out, args));
    }

    /** Runs the benchmark, printing its figures to {@code out}; returns the exit code. */
    public static int run(PrintStream out, String... args) {
        BoardBench bench = new BoardBench();
        bench.out = out;
        return new CommandLine(bench).execute(args);
    }
}
