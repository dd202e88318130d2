package hallq.board.app;

import static hallq.board.core.Fixtures.call;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import hallq.board.core.BoardInput;
import hallq.board.core.BoardReducer;
import hallq.board.core.BoardSettings;
import hallq.board.core.BoardState;
import hallq.board.core.Fixtures;
import hallq.board.core.Stamp;
import hallq.board.render.BoardInfo;
import hallq.board.render.HallScreenViewModel;
import hallq.board.render.fx.FxPlatform;
import hallq.board.render.fx.FxPng;
import hallq.board.render.fx.HallScreenView;
import hallq.board.testing.ControllerPublisher;
import hallq.board.testing.RealHall;
import hallq.board.testing.XvfbDisplay;
import hallq.controller.adapter.mqtt.EmbeddedBroker;
import hallq.protocol.mqtt.HallSnapshot;
import hallq.protocol.testing.TestDirs;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code ./hall board --hall --mode fx} in a real window: the board runs as its own process on a
 * private X server (Xvfb, GTK), and the test reads the screen from Xvfb's framebuffer. Needs the
 * Debian packages xvfb and libgtk-3-0; skipped (with that reason) when Xvfb is not installed.
 */
class FxWindowIT {
    private static final int WIDTH = 1920;
    private static final int HEIGHT = 1080;
    private static final int HEADER = 0x12305e;
    private static final int BACKGROUND = 0x0b1d3a;
    private static final int TICKET_YELLOW = 0xffd84a;
    private static final int TILE = 0x163563;
    /** The calls column (left), below the header and above the footer. */
    private static final Rectangle CALLS = new Rectangle(0, 120, 760, 700);
    /** The top of the windows column (middle), where the first row of window tiles goes. */
    private static final Rectangle TILES = new Rectangle(760, 130, 620, 160);
    private final Path dir = TestDirs.fresh("fx-window");
    private final Path boardLog = dir.resolve("board.log");
    private XvfbDisplay screen;
    private EmbeddedBroker broker;
    private Process board;

    @AfterEach
    void stop() {
        if (board != null) {
            board.destroy();
        }
        if (screen != null) {
            screen.close();
        }
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void hallScreen_inARealWindowUnderXvfb_showsTheNewCallWhereTheRenderPutsIt() throws Exception {
        Optional<Path> xvfb = XvfbDisplay.binary();
        assumeTrue(xvfb.isPresent(), "Xvfb is not installed (Debian packages xvfb and libgtk-3-0): this test shows "
                + "the board in a real window on a private X server and reads the framebuffer");
        screen = XvfbDisplay.start(xvfb.get(), dir.resolve("xvfb"), WIDTH, HEIGHT);
        broker = EmbeddedBroker.start("127.0.0.1", 0, dir.resolve("broker"));
        HallSnapshot noCalls = Fixtures.snapshot(Fixtures.demoSnapshot().windows(), Fixtures.demoSnapshot().queues(),
                List.of());
        try (ControllerPublisher controller = new ControllerPublisher(broker.url(), "yunshan-center", "e1")) {
            controller.hall(noCalls);
            board = startBoard();
            // The window is up (showing 正在连接…) before the board has even connected, and a call is not
            // retained: published before the board's SUBSCRIBE reaches the broker, it is lost for that board.
            // The retained hall snapshot's window tiles on screen prove the subscription is in place (the
            // board subscribes to the hall and the calls in one SUBSCRIBE).
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(this::boardShowsTheHall);
            assertEquals(0, count(screenshot("before-call.png"), TICKET_YELLOW, CALLS), "no call yet, no ticket drawn");

            controller.call(call("A024", 5, false, 10));
            try {
                await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                        .until(() -> count(screenshotNow(), TICKET_YELLOW, CALLS) > 2_000);
            } catch (ConditionTimeoutException e) {
                screenshot("call-not-shown.png"); // what the screen showed when the wait ended
                throw e;
            }
        }
        BufferedImage shown = screenshot("after-call.png");
        BufferedImage rendered = renderHeadless(noCalls);
        Rectangle onScreen = box(shown, TICKET_YELLOW, CALLS);
        Rectangle inRender = box(rendered, TICKET_YELLOW, CALLS);
        assertTrue(Math.abs(onScreen.getCenterX() - inRender.getCenterX()) < 30
                        && Math.abs(onScreen.getCenterY() - inRender.getCenterY()) < 30,
                "the ticket on screen " + onScreen + " is where the headless render draws it " + inRender);
    }

    private Process startBoard() throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder pb = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                "-Duser.home=" + System.getProperty("user.home"), "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
                "hallq.board.app.BoardMain", "--config", RealHall.CONFIG.toString(), "--broker", broker.url(),
                "--hall", "--mode", "fx");
        pb.environment().put("DISPLAY", screen.display());
        pb.environment().remove("WAYLAND_DISPLAY");
        pb.redirectErrorStream(true).redirectOutput(boardLog.toFile());
        return pb.start();
    }

    /**
     * The board (still running) draws the retained hall state: header, background and the window tiles
     * of the snapshot, which it shows only once it has heard from the controller.
     */
    private boolean boardShowsTheHall() throws IOException {
        if (!board.isAlive()) {
            throw new AssertionError("the board exited with " + board.exitValue() + ": " + Files.readString(boardLog));
        }
        BufferedImage img = screenshotNow();
        return near(img.getRGB(40, 10), HEADER) && near(img.getRGB(40, 600), BACKGROUND)
                && count(img, TILE, TILES) > 10_000;
    }

    private BufferedImage screenshotNow() throws IOException {
        return screen.screenshot();
    }

    private BufferedImage screenshot(String name) throws IOException {
        BufferedImage img = screen.screenshot();
        ImageIO.write(img, "png", dir.resolve(name).toFile());
        return img;
    }

    /** The same state drawn by the headless renderer (Monocle), as --render-once would. */
    private BufferedImage renderHeadless(HallSnapshot snapshot) throws IOException {
        BoardReducer reducer = new BoardReducer(BoardSettings.defaults());
        Instant now = Instant.now();
        BoardState s = reducer.reduce(BoardState.initial(),
                new BoardInput.Snapshot(new Stamp("hallq/v1/yunshan-center/hall", "e1", 1), snapshot), now);
        BoardState state = reducer.reduce(s, new BoardInput.Call(new Stamp("hallq/v1/yunshan-center/calls", "e1", 1),
                call("A024", 5, false, 10)), now);
        FxPlatform.useHeadless();
        FxPlatform.start();
        Path png = dir.resolve("render.png");
        BoardInfo info = BoardInfo.from(RealHall.DEMO);
        FxPlatform.call(() -> {
            HallScreenView view = new HallScreenView();
            view.show(HallScreenViewModel.of(state, info, now));
            return FxPng.write(view.root(), HallScreenView.WIDTH, HallScreenView.HEIGHT, png);
        });
        return ImageIO.read(png.toFile());
    }

    private static boolean near(int argb, int rgb) {
        int dr = ((argb >> 16) & 0xff) - ((rgb >> 16) & 0xff);
        int dg = ((argb >> 8) & 0xff) - ((rgb >> 8) & 0xff);
        int db = (argb & 0xff) - (rgb & 0xff);
        return dr * dr + dg * dg + db * db < 30 * 30;
    }

    private static int count(BufferedImage img, int rgb, Rectangle area) {
        int n = 0;
        for (int y = area.y; y < area.y + area.height; y++) {
            for (int x = area.x; x < area.x + area.width; x++) {
                if (near(img.getRGB(x, y), rgb)) {
                    n++;
                }
            }
        }
        return n;
    }

    private static Rectangle box(BufferedImage img, int rgb, Rectangle area) {
        Rectangle box = null;
        for (int y = area.y; y < area.y + area.height; y++) {
            for (int x = area.x; x < area.x + area.width; x++) {
                if (near(img.getRGB(x, y), rgb)) {
                    box = box == null ? new Rectangle(x, y, 1, 1) : box.union(new Rectangle(x, y, 1, 1));
                }
            }
        }
        assertTrue(box != null, "no pixel of colour " + Integer.toHexString(rgb) + " in " + area);
        return box;
    }
}
