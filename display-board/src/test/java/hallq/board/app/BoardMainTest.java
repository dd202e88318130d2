package hallq.board.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hallq.board.testing.RealHall;
import hallq.protocol.mqtt.MqttLogin;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Options refused before anything connects: exit 2 and a sentence saying what to give instead. */
class BoardMainTest {
    private static final String CONFIG = "../config/demo-hall.yml";
    private final StringWriter err = new StringWriter();

    private int board(String... args) {
        return BoardMain.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), args);
    }

    @Test
    void ledMode_forTheHallScreen_isRefused() {
        assertEquals(2, board("--config", CONFIG, "--hall", "--mode", "led", "--port", "/dev/ttyUSB9"));
        assertTrue(err.toString().contains("--window N"), err.toString());
    }

    @Test
    void ledMode_windowWithoutConfiguredPanelOrPort_asksForPort() {
        assertEquals(2, board("--config", CONFIG, "--window", "2", "--mode", "led"));
        assertTrue(err.toString().contains("give --port PATH"), err.toString());
    }

    @Test
    void ledMode_addressOutsideTheBus_isRefused() {
        assertEquals(2, board("--config", CONFIG, "--window", "2", "--mode", "led", "--port", "/dev/ttyUSB9",
                "--led-address", "255"));
        assertTrue(err.toString().contains("1..254"), err.toString());
    }

    @Test
    void ledPort_fromTheHallConfiguration_unlessGivenOnTheCommandLine() {
        LedBoard.Port configured = LedBoard.port(RealHall.DEMO, 1, null, null, null).orElseThrow();
        assertEquals("/dev/ttyUSB1", configured.serial().portPath());
        assertEquals("board-w1", configured.serial().deviceId());
        assertEquals(1, configured.address());
        LedBoard.Port given = LedBoard.port(RealHall.DEMO, 1, "/tmp/ttyX", 9600, 7).orElseThrow();
        assertEquals("/tmp/ttyX", given.serial().portPath());
        assertEquals(9600, given.serial().baudRate());
        assertEquals(7, given.address());
    }

    @Test
    void mqttLogin_fromFileOrEnvironment_orNoneWithoutAName() throws Exception {
        Path file = Files.createTempFile("board", ".password");
        Files.writeString(file, "s3cret-from-file\n");
        assertEquals(new MqttLogin("hall-board", "s3cret-from-file"),
                BoardMain.login("hall-board", file, "ignored"));
        assertEquals(new MqttLogin("hall-board", "from-env"), BoardMain.login("hall-board", null, "from-env"));
        assertTrue(BoardMain.login(null, null, "from-env").anonymous());
    }

    @Test
    void mqttLogin_incomplete_isRefusedBeforeConnecting() {
        assertEquals(2, board("--config", CONFIG, "--hall", "--mqtt-user", "hall-board", "--render-once", "x.png"));
        assertTrue(err.toString().contains("--mqtt-password-file FILE or $HALLQ_MQTT_PASSWORD"), err.toString());
        assertEquals(2, board("--config", CONFIG, "--hall", "--mqtt-password-file", "pw.txt", "--render-once", "x.png"));
        assertTrue(err.toString().contains("--mqtt-password-file needs --mqtt-user"), err.toString());
    }
}
