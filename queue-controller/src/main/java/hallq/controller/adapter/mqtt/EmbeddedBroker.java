package hallq.controller.adapter.mqtt;

import io.moquette.broker.Server;
import io.moquette.broker.config.MemoryConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The MQTT broker the controller starts by default (Moquette, MQTT 3.1.1), bound to one address. */
public final class EmbeddedBroker implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedBroker.class);
    private final Server server;
    private final String host;
    private final int port;

    private EmbeddedBroker(Server server, String host, int port) {
        this.server = server;
        this.host = host;
        this.port = port;
    }

    /** Starts on {@code host:port} (port 0 picks a free one); retained messages are kept in {@code dataDir}. */
    public static EmbeddedBroker start(String host, int port, Path dataDir) throws IOException {
        Files.createDirectories(dataDir);
        Properties p = new Properties();
        p.setProperty("host", host);
        p.setProperty("port", Integer.toString(port));
        p.setProperty("websocket_port", "disabled");
        p.setProperty("allow_anonymous", "true");
        p.setProperty("persistence_enabled", "true");
        p.setProperty("data_path", dataDir.toAbsolutePath().toString());
        p.setProperty("telemetry_enabled", "false");
        p.setProperty("netty.mqtt.message_size", Integer.toString(1 << 20));
        Server server = new Server();
        server.startServer(new MemoryConfig(p));
        int bound = awaitPort(server);
        LOG.info("embedded MQTT broker listening on {}:{}", host, bound);
        return new EmbeddedBroker(server, host, bound);
    }

    /** Moquette reports port 0 for a moment after start: poll it, bounded. */
    private static int awaitPort(Server server) throws IOException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < deadline) {
            int p = server.getPort();
            if (p != 0) {
                return p;
            }
            Thread.onSpinWait();
        }
        server.stopServer();
        throw new IOException("the embedded broker did not report its port within 5 s");
    }

    public String url() {
        return "tcp://" + host + ":" + port;
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        server.stopServer();
    }
}
