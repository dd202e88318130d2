package hallq.board.app;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hallq.board.adapter.led.LedPanelDriver;
import hallq.board.core.BoardSettings;
import hallq.board.render.BoardInfo;
import hallq.board.render.led.LedWindowLayout;
import hallq.board.testing.LedPanelProbe;
import hallq.board.testing.RealHall;
import hallq.devices.DeviceException;
import hallq.devices.led.LedCommand;
import hallq.devices.led.LedMessage.Effect;
import hallq.devices.serial.JSerialCommLink;
import hallq.devices.serial.PtyPair;
import hallq.devices.serial.SerialLink;
import hallq.devices.serial.SerialSettings;
import hallq.protocol.mqtt.Topics;
import hallq.protocol.testing.TestDirs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Window 5's LED panel driven by the real board over a real serial line: the real controller calls
 * over REST, the board writes frames through jSerialComm into a socat pty pair, and the far end
 * decodes them with hall-devices' LED codec. The line is unplugged (socat killed) and plugged back
 * (a new pty pair on the same path), and the broker is stopped.
 */
class LedBoardIT {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final int WINDOW = 5;
    private final Path dir = TestDirs.fresh("led");
    /** The board's port: a link to the current pty pair, like /dev/serial/by-id/… for a USB adapter. */
    private final Path port = dir.resolve("ttyLED5");
    private int plugs;
    private RealHall hall;
    private PtyPair pty;
    private SerialLink panelEnd;
    private LedPanelProbe panel;
    private BoardRuntime board;
    private LedPanelDriver driver;

    @BeforeEach
    void start() throws Exception {
        hall = RealHall.start();
        plugIn();
        board = new BoardRuntime(hall.brokerUrl(), hall.hallId(),
                new BoardTarget(WINDOW).subscription(new Topics(hall.hallId())),
                new BoardSettings(Duration.ofSeconds(5), 8), InstantSource.system());
        driver = LedBoard.attach(board, WINDOW, BoardInfo.from(RealHall.DEMO),
                new LedBoard.Port(SerialSettings.of("board-w5", port.toString()), WINDOW),
                Duration.ofMillis(200), Duration.ofHours(1)); // no periodic refresh: recovery must come from the retry
        board.start();
    }

    @AfterEach
    void stop() {
        for (AutoCloseable c : new AutoCloseable[] {driver, board, panel, panelEnd, pty, hall}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception e) {
                // keep closing the rest
            }
        }
    }

    /**
     * A fresh socat pair whose panel end is read by a new probe (a panel that just powered up); only then
     * does the board's port path appear, so nothing the board writes can go unread.
     */
    private void plugIn() throws IOException, DeviceException {
        pty = PtyPair.open(dir.resolve("pty-" + ++plugs), Duration.ofSeconds(5));
        panelEnd = new JSerialCommLink(SerialSettings.of("panel-w5", pty.b().toString()));
        panelEnd.open();
        panel = new LedPanelProbe(panelEnd, WINDOW);
        Files.createSymbolicLink(port, pty.a());
    }

    private void unplug() throws IOException {
        Files.delete(port);
        panel.close();
        panelEnd.close();
        pty.close();
    }

    @Test
    void panel_followsCalls_survivesUnplugAndShowsOutageWhenBrokerIsLost() throws Exception {
        await().atMost(WAIT).until(() -> "等待叫号".equals(panel.text(LedWindowLayout.MAIN)));
        assertEquals("5号窗口 公安户政", panel.text(LedWindowLayout.HEADER));
        for (int i = 0; i < 3; i++) {
            hall.rest().issue("HJ");
        }

        assertEquals("A001", hall.rest().callNext(WINDOW));
        await().atMost(WAIT).until(() -> "A001".equals(panel.text(LedWindowLayout.MAIN)));
        assertEquals(Effect.FLASH, panel.line(LedWindowLayout.MAIN).effect(), "flashing while the citizen is called");
        assertEquals("请 A001 号到本窗口办理", panel.text(LedWindowLayout.STATUS));
        hall.rest().action(WINDOW, "start");
        await().atMost(WAIT).until(() -> panel.line(LedWindowLayout.MAIN).effect() == Effect.STATIC);

        unplug();
        assertEquals("A002", hall.rest().callNext(WINDOW));
        await().atMost(WAIT).until(() -> !driver.isWritable());
        plugIn();
        await().atMost(WAIT).until(() -> "A002".equals(panel.text(LedWindowLayout.MAIN)));
        assertEquals("5号窗口 公安户政", panel.text(LedWindowLayout.HEADER), "every line is written again after a replug");

        hall.stopBroker();
        await().atMost(WAIT).until(() -> "连接中断".equals(panel.text(LedWindowLayout.MAIN)));
        assertTrue(panel.text(LedWindowLayout.STATUS).startsWith("连接中断 · 正在恢复"));

        assertTrue(panel.errors().isEmpty(), "every frame decoded: " + panel.errors());
        assertTrue(panel.received().stream().allMatch(c -> c instanceof LedCommand.Show s && !s.persistent()),
                "live text goes to RAM only, never to flash");
    }
}
