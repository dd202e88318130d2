package hallq.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PortInUseTest {
    private static final List<PortInUse.Port> PORTS = List.of(new PortInUse.Port("HTTP", 0, "--port"));

    @Test
    void aBindFailureDeepInTheCauses_namesTheBusyPort() throws IOException {
        try (ServerSocket other = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int busy = other.getLocalPort();
            Exception failure = new IllegalStateException("start failed",
                    new IOException("Failed to bind", new BindException("Address already in use")));
            String line = PortInUse.explain(failure, "city hub", "127.0.0.1",
                    List.of(new PortInUse.Port("HTTP", busy, "--port"))).orElseThrow();
            assertTrue(line.startsWith("hallq: the city hub cannot listen on 127.0.0.1:" + busy + " (HTTP): the port is in use"), line);
            assertTrue(line.endsWith("choose another port with --port"), line);
            assertTrue(!PortInUse.free("127.0.0.1", busy));
        }
    }

    @Test
    void anotherFailure_isNotItsToExplain() {
        assertEquals(Optional.empty(), PortInUse.explain(new IllegalStateException("no"), "controller", "127.0.0.1", PORTS));
        assertTrue(PortInUse.explain(new BindException("Cannot assign requested address"), "controller", "127.0.0.1", PORTS)
                .orElseThrow().contains("is --host an address of this machine?"));
    }
}
