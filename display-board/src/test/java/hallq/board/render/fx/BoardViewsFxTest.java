package hallq.board.render.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hallq.board.core.BoardInput;
import hallq.board.core.BoardReducer;
import hallq.board.core.BoardSettings;
import hallq.board.core.BoardState;
import hallq.board.core.Fixtures;
import hallq.board.core.Stamp;
import hallq.board.render.BoardInfo;
import hallq.board.render.HallScreenViewModel;
import hallq.board.render.ViewModelFixtures;
import hallq.board.render.WindowBoardViewModel;
import hallq.protocol.WindowState;
import hallq.protocol.rest.WindowView;
import hallq.protocol.testing.TestDirs;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** Headless (Monocle) rendering of the real views: node texts checked, PNGs kept under target/ to look at. */
class BoardViewsFxTest {
    private static final Instant NOW = Instant.parse("2025-03-03T01:30:05Z");
    private static final BoardInfo INFO = ViewModelFixtures.INFO;
    private static final Path OUT = TestDirs.fresh("fx");
    private final BoardReducer reducer = new BoardReducer(BoardSettings.defaults());
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void startFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private String text(Parent root, String id) {
        return robot.from(root).lookup(id).queryLabeled().getText();
    }

    @Test
    void fonts_cjkFamilyInstalled() {
        assertNotEquals("System", FxPlatform.call(BoardFonts::family),
                "no Chinese font: install the Debian package fonts-wqy-microhei (or fonts-noto-cjk)");
    }

    @Test
    void hallScreen_live_showsCallWindowsQueuesAndQrAndWritesPng() throws Exception {
        BoardState state = ViewModelFixtures.liveState(reducer, NOW);
        Path png = OUT.resolve("hall-screen.png");
        Parent root = FxPlatform.call(() -> {
            HallScreenView view = new HallScreenView();
            view.show(HallScreenViewModel.of(state, INFO, NOW));
            FxPng.write(view.root(), HallScreenView.WIDTH, HallScreenView.HEIGHT, png);
            return view.root();
        });
        assertEquals("A023", text(root, "#highlightTicket"));
        assertEquals("请到 5号窗口", text(root, "#highlightWindow"));
        assertEquals("请 A023 号 再次 到 5号窗口 办理", text(root, "#highlightText"));
        assertEquals("云山区政务服务中心", text(root, "#hallName"));
        assertEquals("政务服务便民热线 12345", text(root, "#hotline"));
        assertTrue(robot.from(root).lookup("#call-A021").tryQuery().isPresent(), "older call listed");
        Node tile = robot.from(root).lookup("#window-1").query();
        assertTrue(robot.from(tile).lookup((Labeled l) -> "A021".equals(l.getText())).tryQuery().isPresent());
        assertTrue(robot.from(root).lookup((Labeled l) -> "约19分钟".equals(l.getText())).tryQuery().isPresent());
        assertFalse(robot.from(root).lookup("#connectionBanner").query().isVisible());
        ImageView qr = robot.from(root).lookup("#complaintQr").queryAs(ImageView.class);
        assertTrue(qr.getImage().getWidth() >= 150);
        assertPng(png, 1920, 1080);
    }

    @Test
    void hallScreen_shownAgain_givesItsNodesNewTextsAndHidesWhatIsGone() throws Exception {
        BoardState live = ViewModelFixtures.liveState(reducer, NOW);
        BoardState next = reducer.reduce(live, new BoardInput.Snapshot(new Stamp("hallq/v1/yunshan-center/hall", "e1", 2),
                Fixtures.snapshot(List.of(Fixtures.window(1, WindowState.OPEN, "A030"), Fixtures.window(5, WindowState.PAUSED, null),
                                Fixtures.window(6, WindowState.OPEN, null)),
                        List.of(Fixtures.queue("HJ", "户籍办理", "A", 13, 20.0)), List.of(Fixtures.call("A030", 1, false, 20)))), NOW);
        BoardState fewer = reducer.reduce(next, new BoardInput.Snapshot(new Stamp("hallq/v1/yunshan-center/hall", "e1", 3),
                Fixtures.snapshot(List.of(Fixtures.window(1, WindowState.OPEN, "A030")), List.of(), List.of())), NOW);
        HallScreenView view = FxPlatform.call(HallScreenView::new);
        Parent root = view.root();
        Node tileBefore = FxPlatform.call(() -> {
            view.show(HallScreenViewModel.of(live, INFO, NOW));
            return robot.from(root).lookup("#window-1").query();
        });
        FxPlatform.call(() -> {
            view.show(HallScreenViewModel.of(next, INFO, NOW));
            return FxPng.write(root, HallScreenView.WIDTH, HallScreenView.HEIGHT, OUT.resolve("hall-screen-updated.png"));
        });
        assertTrue(tileBefore == robot.from(root).lookup("#window-1").query(), "the tile is reused, not made anew");
        assertEquals("A030", text(root, "#highlightTicket"));
        assertEquals("请 A030 号 到 1号窗口 办理", text(root, "#highlightText"));
        assertTrue(robot.from(root).lookup("#highlightText").query().getStyleClass().contains("highlight-text"));
        assertTrue(robot.from(root).lookup("#window-5").query().getStyleClass().contains("tile-paused"));
        assertFalse(robot.from(root).lookup("#window-6").query().getStyleClass().contains("tile-paused"));
        assertTrue(visibleLabel(root, "空闲") && visibleLabel(root, "暂停服务") && visibleLabel(root, "13人"));
        assertFalse(visibleLabel(root, "社保医保"), "a queue no longer in the snapshot is not shown");
        assertTrue(robot.from(root).lookup("#call-A023").tryQuery().isPresent());
        assertTrue(robot.from(root).lookup("#call-A021").tryQuery().isPresent());

        FxPlatform.call(() -> {
            view.show(HallScreenViewModel.of(fewer, INFO, NOW));
            return FxPng.write(root, HallScreenView.WIDTH, HallScreenView.HEIGHT, OUT.resolve("hall-screen-fewer.png"));
        });
        assertFalse(robot.from(root).lookup("#window-5").tryQuery().isPresent());
        assertFalse(robot.from(root).lookup("#window-6").tryQuery().isPresent());
        assertFalse(visibleLabel(root, "户籍办理") || visibleLabel(root, "暂停服务"), "nothing left over on screen");
        assertTilesOnScreen(root, 1, 1);
    }

    private boolean visibleLabel(Parent root, String text) {
        return robot.from(root).lookup((Labeled l) -> text.equals(l.getText()) && l.isVisible() && parentsVisible(l))
                .tryQuery().isPresent();
    }

    private static boolean parentsVisible(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void hallScreen_stale_showsBannerAndNoNumbers() throws Exception {
        BoardState stale = reducer.reduce(ViewModelFixtures.liveState(reducer, NOW), new BoardInput.Tick(),
                NOW.plusSeconds(60));
        Path png = OUT.resolve("hall-screen-stale.png");
        Parent root = FxPlatform.call(() -> {
            HallScreenView view = new HallScreenView();
            view.show(HallScreenViewModel.of(stale, INFO, NOW.plusSeconds(60)));
            FxPng.write(view.root(), HallScreenView.WIDTH, HallScreenView.HEIGHT, png);
            return view.root();
        });
        assertTrue(robot.from(root).lookup("#connectionBanner").query().isVisible());
        assertTrue(text(root, "#connectionBanner").startsWith("连接中断"));
        assertFalse(robot.from(root).lookup((Labeled l) -> "A023".equals(l.getText()) && l.isVisible()).tryQuery()
                .isPresent(), "no old number may stay on screen");
        assertPng(png, 1920, 1080);
    }

    @Test
    void windowBoard_calledAndPaused_showTicketOrStateWord() throws Exception {
        BoardState state = ViewModelFixtures.liveState(reducer, NOW);
        Parent called = renderWindow(state, 5, "window-5.png");
        assertEquals("5号窗口", text(called, "#windowNumber"));
        assertEquals("A023", text(called, "#mainText"));
        assertEquals("公安户政", text(called, "#windowName"));
        Parent paused = renderWindow(state, 6, "window-6-paused.png");
        assertEquals("暂停服务", text(paused, "#mainText"));
        assertEquals("窗口关闭", text(renderWindow(state, 7, "window-7-closed.png"), "#mainText"));
        assertPng(OUT.resolve("window-5.png"), 1280, 480);
    }

    @Test
    void hallScreen_moreWindowsThanFit_pagesThroughThemAndEveryTileIsOnScreen() throws Exception {
        List<WindowView> forty = IntStream.rangeClosed(1, 40)
                .mapToObj(n -> Fixtures.window(n, WindowState.OPEN, String.format("A%03d", n))).toList();
        BoardState state = reducer.reduce(BoardState.initial(), new BoardInput.Snapshot(
                new Stamp("hallq/v1/yunshan-center/hall", "e1", 1), Fixtures.snapshot(forty, List.of(), List.of())), NOW);
        Instant firstPage = Instant.ofEpochSecond(1_000_000_000L); // (t / PAGE_SECONDS) even: page 1 of 2
        Parent one = renderHall(state, firstPage, "hall-screen-40-windows-page1.png");
        assertEquals("窗口 Windows  第 1/2 页", text(one, "#windowsTitle"));
        assertTilesOnScreen(one, 1, 24);
        assertFalse(robot.from(one).lookup("#window-25").tryQuery().isPresent());

        Parent two = renderHall(state, firstPage.plusSeconds(HallScreenViewModel.PAGE_SECONDS),
                "hall-screen-40-windows-page2.png");
        assertEquals("窗口 Windows  第 2/2 页", text(two, "#windowsTitle"));
        assertTilesOnScreen(two, 25, 40);
        assertFalse(robot.from(two).lookup("#window-1").tryQuery().isPresent());
    }

    private Parent renderHall(BoardState state, Instant at, String file) {
        return FxPlatform.call(() -> {
            HallScreenView view = new HallScreenView();
            view.show(HallScreenViewModel.of(state, INFO, at));
            FxPng.write(view.root(), HallScreenView.WIDTH, HallScreenView.HEIGHT, OUT.resolve(file));
            return view.root();
        });
    }

    /** Tiles {@code first..last} are drawn whole: inside the screen, left of the queues, above the footer. */
    private void assertTilesOnScreen(Parent root, int first, int last) {
        Bounds queues = scene(robot.from(root).lookup("#queues").query());
        Bounds footer = scene(((BorderPane) root).getBottom());
        assertTrue(footer.getMaxY() <= HallScreenView.HEIGHT, "the footer is pushed off the screen: " + footer);
        for (int n = first; n <= last; n++) {
            Bounds tile = scene(robot.from(root).lookup("#window-" + n).query());
            assertTrue(tile.getMinX() >= 0 && tile.getMinY() >= 0, "window " + n + " at " + tile);
            assertTrue(tile.getMaxX() <= queues.getMinX(), "window " + n + " runs into the queue column: " + tile);
            assertTrue(tile.getMaxY() <= footer.getMinY(), "window " + n + " runs into the footer: " + tile);
        }
    }

    private static Bounds scene(Node node) {
        return node.localToScene(node.getBoundsInLocal());
    }

    private Parent renderWindow(BoardState state, int number, String file) {
        return FxPlatform.call(() -> {
            WindowBoardView view = new WindowBoardView();
            view.show(WindowBoardViewModel.of(state, INFO, number));
            FxPng.write(view.root(), WindowBoardView.WIDTH, WindowBoardView.HEIGHT, OUT.resolve(file));
            return view.root();
        });
    }

    private static void assertPng(Path png, int width, int height) throws Exception {
        assertTrue(Files.size(png) > 5_000, "PNG has content");
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(width, img.getWidth());
        assertEquals(height, img.getHeight());
    }
}
