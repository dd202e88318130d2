package hallq.board.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The window printer's options refused before anything connects: exit 2 and what to give instead. */
class PrinterMainTest {
    private static final String CONFIG = "../config/demo-hall.yml";
    private final StringWriter err = new StringWriter();

    private int printer(String... args) {
        return PrinterMain.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), args);
    }

    @Test
    void aWindowNotInTheHall_isRefused() {
        assertEquals(2, printer("--config", CONFIG, "--window", "99"));
        assertTrue(err.toString().contains("window 99 is not in"), err.toString());
    }

    @Test
    void aWindowWithoutAConfiguredPrinterOrPort_asksForThePort() {
        assertEquals(2, printer("--config", CONFIG, "--window", "3"));
        assertTrue(err.toString().contains("give --port PATH"), err.toString());
    }

    @Test
    void anMqttClientNamedOtherwiseThanTheDevice_isRefused() {
        assertEquals(2, printer("--config", CONFIG, "--window", "3", "--port", "/dev/ttyUSB9", "--mqtt-user",
                "board-3", "--mqtt-password-file", "../config/demo-hall.yml"));
        assertTrue(err.toString().contains("--mqtt-user printer-w3"), err.toString());
    }

    @Test
    void aHeartbeatOutsideItsRange_isRefused() {
        assertEquals(2, printer("--config", CONFIG, "--window", "3", "--port", "/dev/ttyUSB9", "--heartbeat-seconds", "1"));
        assertTrue(err.toString().contains("5 to 3600"), err.toString());
    }
}
