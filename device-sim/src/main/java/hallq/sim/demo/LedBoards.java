package hallq.sim.demo;

import hallq.board.app.BoardStore;
import hallq.devices.DeviceException;
import hallq.devices.led.LedCommand;
import hallq.devices.led.LedMessage;
import hallq.devices.led.SerialLedPanel;
import hallq.protocol.mqtt.CallEvent;
import hallq.protocol.rest.WindowView;
import hallq.sim.led.SimLedBoard;
import hallq.sim.pty.PtyWire;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The LED window boards (窗口屏): one simulated board per window on its own serial wire (pty pair),
 * driven through the real {@link SerialLedPanel} adapter from the calls the hall board hears on
 * MQTT — "请A023号到5号窗口" on line 0, in RAM (never flash). A board can be unplugged (its wire
 * closed) and plugged in again; it then shows its window's current ticket at once.
 */
final class LedBoards implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger("hallq.demo.led");
    private final Path ptyDir;
    private final BoardStore hall;
    private final Map<Integer, Slot> slots = new TreeMap<>();
    private final ExecutorService driver = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "led-driver");
        t.setDaemon(true);
        return t;
    });

    /** One window's board: its wire, the adapter on the host end, the simulator on the far end. */
    private static final class Slot {
        PtyWire wire;
        SerialLedPanel panel;
        SimLedBoard board;
        final List<String> shownBefore = new ArrayList<>();
    }

    LedBoards(List<Integer> windows, Path ptyDir, BoardStore hall) throws Exception {
        this.ptyDir = ptyDir;
        this.hall = hall;
        for (int w : windows) {
            Slot s = new Slot();
            plug(w, s);
            slots.put(w, s);
        }
        hall.listen((before, after) -> {
            if (after.callSerial() != before.callSerial() && after.highlighted() != null && !driver.isShutdown()) {
                CallEvent call = after.highlighted();
                driver.execute(() -> show(call.window(), text(call.ticket(), call.window())));
            }
        });
    }

    private void plug(int window, Slot s) throws Exception {
        s.wire = PtyWire.open(ptyDir.resolve("w" + window + "-led"), "led-" + window, "sim-led-" + window);
        s.panel = new SerialLedPanel(s.wire.host(), window);
        s.board = new SimLedBoard(s.wire.device(), window);
    }

    static String text(String ticket, int window) {
        return "请" + ticket + "号到" + window + "号窗口";
    }

    private synchronized void show(int window, String text) {
        Slot s = slots.get(window);
        if (s == null || s.wire == null) {
            log.info("LED w{} (unplugged) missed: {}", window, text);
            return;
        }
        try {
            s.panel.show(LedMessage.red(0, text));
            log.info("LED w{}: {}", window, text);
        } catch (DeviceException e) {
            log.warn("LED w{}: {} not shown: {}", window, text, e.getMessage()); // the adapter logged the fault
        }
    }

    /** Pulls the board's cable: its wire closes, later calls for the window cannot reach it. */
    synchronized void unplug(int window) {
        Slot s = require(window);
        if (s.wire == null) {
            return;
        }
        s.shownBefore.addAll(shown(s.board));
        s.board.close();
        s.wire.close();
        s.wire = null;
        log.warn("FAULT: LED board of window {} unplugged", window);
    }

    /** Plugs it in again (a new wire at the same place) and shows the window's current ticket. */
    synchronized void replug(int window) throws Exception {
        Slot s = require(window);
        if (s.wire != null) {
            return;
        }
        plug(window, s);
        log.warn("LED board of window {} plugged in again", window);
        WindowView w = hall.state().window(window);
        if (w != null && w.currentTicket() != null) {
            show(window, text(w.currentTicket(), window));
        }
    }

    synchronized boolean plugged(int window) {
        return require(window).wire != null;
    }

    /** Every text the board of {@code window} received, across plug-ins. */
    synchronized Set<String> shown(int window) {
        Slot s = require(window);
        Set<String> all = new HashSet<>(s.shownBefore);
        if (s.board != null && s.wire != null) {
            all.addAll(shown(s.board));
        }
        return all;
    }

    /** What line 0 of the board shows now ("" when unplugged or blank). */
    synchronized String showing(int window) {
        Slot s = require(window);
        return s.wire == null ? "" : s.board.shown(0);
    }

    private static List<String> shown(SimLedBoard board) {
        return board.received().stream().filter(c -> c instanceof LedCommand.Show).map(c -> ((LedCommand.Show) c)
                .message().text()).toList();
    }

    private Slot require(int window) {
        Slot s = slots.get(window);
        if (s == null) {
            throw new IllegalArgumentException("no LED board for window " + window);
        }
        return s;
    }

    @Override
    public synchronized void close() {
        driver.shutdown();
        try {
            driver.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        slots.values().parallelStream().filter(s -> s.wire != null).forEach(s -> {
            s.board.close();
            s.wire.close();
        });
    }
}
