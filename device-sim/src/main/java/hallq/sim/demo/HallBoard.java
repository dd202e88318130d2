package hallq.sim.demo;

import hallq.board.adapter.mqtt.BoardSubscription;
import hallq.board.app.BoardRuntime;
import hallq.board.app.BoardStore;
import hallq.board.core.BoardSettings;
import hallq.board.render.BoardInfo;
import hallq.board.render.HallScreenViewModel;
import hallq.board.render.text.TextBoardRenderer;
import hallq.protocol.WindowState;
import hallq.protocol.config.HallConfig;
import hallq.protocol.mqtt.CallEvent;
import hallq.protocol.mqtt.MqttLogin;
import hallq.protocol.mqtt.Topics;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hall screen (综合屏) of the demo: display-board's runtime on MQTT, exactly as {@code ./hall board}
 * runs it. It keeps every call it heard (for the summary and the tests), the windows it saw open,
 * and draws itself as text: into {@code boards/hall.txt} on every change and, at most every
 * {@code printEvery}, on the console. Staleness is judged on the real clock (heartbeats are real
 * seconds); what it shows is stamped with the hall clock.
 */
final class HallBoard implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger("hallq.demo.board");
    private final BoardRuntime runtime;
    private final BoardInfo info;
    private final DemoClock clock;
    private final List<CallEvent> calls = new CopyOnWriteArrayList<>();
    private final Set<Integer> seenOpen = ConcurrentHashMap.newKeySet();
    private final TextBoardRenderer text = new TextBoardRenderer();
    private final Path textFile;
    private final PrintStream console;
    private final Duration printEvery;
    private volatile long lastPrinted;
    private volatile String lastText = "";

    HallBoard(HallConfig config, String brokerUrl, MqttLogin login, DemoClock clock, Path boardDir, PrintStream console,
              Duration printEvery) throws IOException {
        this.info = BoardInfo.from(config);
        this.clock = clock;
        this.console = console;
        this.printEvery = printEvery;
        Files.createDirectories(boardDir);
        this.textFile = boardDir.resolve("hall.txt");
        String hallId = config.hall().id();
        this.runtime = new BoardRuntime(brokerUrl, login, hallId, BoardSubscription.hallScreen(new Topics(hallId)),
                BoardSettings.defaults(), InstantSource.system());
        runtime.store().listen((before, after) -> {
            if (after.callSerial() != before.callSerial() && after.highlighted() != null) {
                calls.add(after.highlighted());
                CallEvent c = after.highlighted();
                log.info("hall board: {} {} → {}", c.recall() ? "RECALL" : "CALL", c.ticket(), c.windowName());
            }
            after.windows().values().stream().filter(w -> w.state() == WindowState.OPEN)
                    .forEach(w -> seenOpen.add(w.number()));
        });
        runtime.store().listen((before, after) -> draw());
    }

    HallBoard start() {
        runtime.start();
        return this;
    }

    BoardStore store() {
        return runtime.store();
    }

    BoardInfo info() {
        return info;
    }

    /** Every call and recall the board heard, in order. */
    List<CallEvent> calls() {
        return List.copyOf(calls);
    }

    Set<Integer> windowsSeenOpen() {
        return Set.copyOf(seenOpen);
    }

    HallScreenViewModel viewModel() {
        return HallScreenViewModel.of(runtime.store().state(), info, clock.instant());
    }

    private void draw() {
        String now = text.hall(viewModel(), false);
        if (now.equals(lastText)) {
            return;
        }
        lastText = now;
        try {
            Files.writeString(textFile, text.hall(viewModel(), true));
        } catch (IOException e) {
            log.debug("cannot write {}: {}", textFile, e.getMessage());
        }
        long t = System.nanoTime();
        if (console != null && t - lastPrinted >= printEvery.toNanos()) {
            lastPrinted = t;
            console.print(text.hall(viewModel(), true));
            console.flush();
        }
    }

    @Override
    public void close() {
        runtime.close();
    }
}
