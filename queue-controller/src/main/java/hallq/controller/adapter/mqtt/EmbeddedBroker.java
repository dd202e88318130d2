package hallq.controller.adapter.mqtt;

import io.moquette.broker.Server;
import io.moquette.broker.config.MemoryConfig;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
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

    /**
     * Starts on {@code host:port}; retained messages are kept in {@code dataDir}. Port 0 picks a free
     * port: we find one ourselves and retry on a clash, because Moquette's own report of the port
     * bound to 0 is unreliable (it reads 0, or throws, while the acceptor binds).
     */
    public static EmbeddedBroker start(String host, int port, Path dataDir) throws IOException {
        Files.createDirectories(dataDir);
        IOException last = null;
        for (int attempt = 0; attempt < (port == 0 ? 5 : 1); attempt++) {
            int chosen = port == 0 ? freePort(host) : port;
            Server server = new Server();
            try {
                server.startServer(new MemoryConfig(properties(host, chosen, dataDir)));
                LOG.info("embedded MQTT broker listening on {}:{}", host, chosen);
                return new EmbeddedBroker(server, host, chosen);
            } catch (IOException | RuntimeException e) {
                server.stopServer();
                last = e instanceof IOException io ? io : new IOException(e.getMessage(), e);
                LOG.warn("embedded broker could not bind {}:{}: {}", host, chosen, e.getMessage());
            }
        }
        throw last;
    }

    private static Properties properties(String host, int port, Path dataDir) {
        Properties p = new Properties();
        p.setProperty("host", host);
        p.setProperty("port", Integer.toString(port));
        p.setProperty("websocket_port", "disabled");
        p.setProperty("allow_anonymous", "true");
        p.setProperty("persistence_enabled", "true");
        p.setProperty("data_path", dataDir.toAbsolutePath().toString());
        p.setProperty("telemetry_enabled", "false");
        p.setProperty("netty.mqtt.message_size", Integer.toString(1 << 20));
        return p;
    }

    private static int freePort(String host) throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName(host))) {
            return s.getLocalPort();
        }
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
