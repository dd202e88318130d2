package hallq.controller.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hallq.controller.testing.Command;
import hallq.controller.testing.TestHall;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A port the controller needs is taken: one line that names it and says what to do, exit 1, no stack trace (what
 * it logged before, the embedded broker's start say, stays above that line).
 */
class PortInUseIT {
    @Test
    void aBusyHttpPort() throws Exception {
        try (ServerSocket other = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int busy = other.getLocalPort();
            assertEquals("hallq: the controller cannot listen on 127.0.0.1:" + busy + " (HTTP): the port is in use, "
                    + "by another controller or another program (ss -ltnp 'sport = :" + busy + "' shows which): stop that, "
                    + "or choose another port with --port", refused("--port", Integer.toString(busy), "--mqtt-port", "0"));
        }
    }

    @Test
    void aBusyBrokerPort() throws Exception {
        try (ServerSocket other = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int busy = other.getLocalPort();
            assertEquals("hallq: the controller cannot listen on 127.0.0.1:" + busy + " (the embedded MQTT broker): "
                    + "the port is in use, by another controller or another program (ss -ltnp 'sport = :" + busy
                    + "' shows which): stop that, or choose another port with --mqtt-port",
                    refused("--port", "0", "--mqtt-port", Integer.toString(busy)));
        }
    }

    /** The last line on stderr of a controller refused with these ports. */
    private static String refused(String... ports) throws Exception {
        Path data = TestHall.newDataDir();
        List<String> args = new java.util.ArrayList<>(List.of("--config", TestHall.DEMO.toString(), "--data", data.toString()));
        args.addAll(List.of(ports));
        Command.Run run = Command.controller(data.resolve("run"), args.toArray(String[]::new));
        assertEquals(1, run.exitCode(), run.out() + run.err());
        assertEquals("", run.out());
        List<String> err = run.errLines();
        assertTrue(err.stream().noneMatch(l -> l.contains("Exception") || l.startsWith("\tat ")), run.err());
        return err.get(err.size() - 1);
    }
}
