package hallq.board.app;

import static hallq.board.core.Fixtures.demoSnapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hallq.board.testing.ControllerPublisher;
import hallq.controller.adapter.mqtt.BrokerAccess;
import hallq.controller.adapter.mqtt.EmbeddedBroker;
import hallq.controller.mqttauth.MqttAccessPolicy;
import hallq.controller.mqttauth.MqttAccounts;
import hallq.controller.mqttauth.MqttRole;
import hallq.protocol.mqtt.MqttLogin;
import hallq.protocol.testing.TestDirs;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
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
            controller.start(demoSnapshot());
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
    void renderOnce_onAHallsBroker_withTheBoardsLogin_drawsAndWithAWrongOneGetsNothing() throws Exception {
        Path data = TestDirs.fresh("hall-data");
        MqttAccounts accounts = MqttAccounts.open(data);
        MqttLogin publisher = accounts.ensure("test-publisher", MqttRole.CONTROLLER, null);
        accounts.ensure("hall-board", MqttRole.BOARD, null);
        try (EmbeddedBroker hallBroker = EmbeddedBroker.start("127.0.0.1", 0, TestDirs.fresh("hall-broker"),
                new BrokerAccess(accounts, new MqttAccessPolicy("yunshan-center"), false))) {
            try (ControllerPublisher controller = new ControllerPublisher(hallBroker.url(), "yunshan-center", "e1",
                    publisher)) {
                controller.hall(demoSnapshot());
            }
            Path png = dir.resolve("hall-logged-in.png");
            assertEquals(0, board("--config", CONFIG, "--broker", hallBroker.url(), "--hall", "--mqtt-user", "hall-board",
                    "--mqtt-password-file", accounts.passwordFile("hall-board").toString(), "--render-once", png.toString()),
                    err.toString());
            assertEquals(1920, ImageIO.read(png.toFile()).getWidth());

            Path wrong = Files.writeString(dir.resolve("wrong.password"), "not-the-password\n");
            assertEquals(3, board("--config", CONFIG, "--broker", hallBroker.url(), "--hall", "--mqtt-user", "hall-board",
                    "--mqtt-password-file", wrong.toString(), "--render-once", dir.resolve("no.png").toString(),
                    "--wait-seconds", "2"));
            assertEquals(3, board("--config", CONFIG, "--broker", hallBroker.url(), "--hall",
                    "--render-once", dir.resolve("anonymous.png").toString(), "--wait-seconds", "2"));
        }
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
