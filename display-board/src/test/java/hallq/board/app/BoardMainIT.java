package hallq.board.app;

import static hallq.board.core.Fixtures.demoSnapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hallq.board.testing.ControllerPublisher;
import hallq.board.testing.TestDirs;
import hallq.controller.adapter.mqtt.EmbeddedBroker;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real entry point against a real broker: what ./hall board --render-once does. */
class BoardMainIT {
    private static final String CONFIG = "../config/demo-hall.yml";
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final Path dir = TestDirs.fresh("board-main");
    private final Path brokerDir = TestDirs.fresh("broker");
    private EmbeddedBroker broker;

    @BeforeEach
    void startBroker() throws Exception {
        broker = EmbeddedBroker.start("127.0.0.1", 0, brokerDir);
    }

    @AfterEach
    void stopBroker() {
        broker.close();
    }

    private int board(String... args) {
        return BoardMain.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void renderOnce_retainedState_writesHallAndWindowPngsAndExitsZero() throws Exception {
        try (ControllerPublisher controller = new ControllerPublisher(broker.url(), "yunshan-center", "e1")) {
            controller.hall(demoSnapshot());
        }
        Path hall = dir.resolve("hall.png");
        assertEquals(0, board("--config", CONFIG, "--broker", broker.url(), "--hall", "--render-once", hall.toString()),
                err.toString());
        BufferedImage img = ImageIO.read(hall.toFile());
        assertEquals(1920, img.getWidth());

        Path window = dir.resolve("window-5.png");
        assertEquals(0, board("--config", CONFIG, "--broker", broker.url(), "--window", "5",
                "--render-once", window.toString()), err.toString());
        assertEquals(480, ImageIO.read(window.toFile()).getHeight());
        assertTrue(out.toString().contains("wrote"), out.toString());
    }

    @Test
    void renderOnce_nothingPublished_exitsNonZeroAndSaysWhy() {
        int code = board("--config", CONFIG, "--broker", broker.url(), "--render-once",
                dir.resolve("none.png").toString(), "--wait-seconds", "1");
        assertEquals(3, code);
        assertTrue(err.toString().contains("nothing arrived"), err.toString());
    }

    @Test
    void badConfig_exitsTwoNamingTheFile() {
        assertEquals(2, board("--config", dir.resolve("missing.yml").toString(), "--render-once", "x.png"));
        assertTrue(err.toString().contains("missing.yml"), err.toString());
    }
}
