package hallq.controller.adapter.mqtt;

import io.moquette.broker.ClientDescriptor;
import io.moquette.broker.Server;
import io.moquette.broker.config.MemoryConfig;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The MQTT broker the controller starts by default (Moquette, MQTT 3.1.1), bound to one address. A
 * hall's broker is started with a {@link BrokerAccess}: clients log in and publish only where their
 * role allows (Last Wills included, see {@link ConnectGate}); every 2 s the connected clients are
 * checked against the accounts, and one whose account was removed or given a new password is dropped. {@link #start(String, int, Path)} starts
 * an open broker (anyone, anywhere) for tests of other parts.
 */
public final class EmbeddedBroker implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedBroker.class);
    /** How often connected clients are checked against the accounts (a removed one is dropped). */
    static final Duration REVOKE_EVERY = Duration.ofSeconds(2);
    private final Server server;
    private final ConnectGate gate;
    private final String host;
    private final int port;
    private final ScheduledExecutorService revoker;

    private EmbeddedBroker(Server server, ConnectGate gate, String host, int port, BrokerAccess access) {
        this.server = server;
        this.gate = gate;
        this.host = host;
        this.port = port;
        if (access == null) {
            this.revoker = null;
            return;
        }
        this.revoker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "mqtt-revoker");
            t.setDaemon(true);
            return t;
        });
        revoker.scheduleWithFixedDelay(() -> dropRevoked(access), REVOKE_EVERY.toMillis(), REVOKE_EVERY.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** Disconnects every client whose account was removed or given a new password since it connected. */
    private void dropRevoked(BrokerAccess access) {
        try {
            List<String> connected = server.listConnectedClients().stream().map(ClientDescriptor::getClientID).toList();
            for (String id : access.revoked(connected)) {
                LOG.warn("MQTT client '{}' disconnected: its login was removed or given a new password", id);
                server.disconnectClient(id);
            }
        } catch (RuntimeException e) {
            LOG.error("checking connected MQTT clients against their logins failed: {}", e.toString());
        }
    }

    /** An open broker: no login, no access control. Never a hall's broker; see {@link #start(String, int, Path, BrokerAccess)}. */
    public static EmbeddedBroker start(String host, int port, Path dataDir) throws IOException {
        LOG.warn("embedded MQTT broker WITHOUT access control: anyone may connect and publish anywhere");
        Files.createDirectories(dataDir);
        Moquette m = moquette(host, port, dataDir, null);
        LOG.info("embedded MQTT broker listening on {}:{} (open)", host, m.port());
        return new EmbeddedBroker(m.server(), null, host, m.port(), null);
    }

    /**
     * Starts on {@code host:port} (0: any free port), letting in only whom {@code access} admits, each
     * publishing and subscribing only where its role allows; retained messages are kept in
     * {@code dataDir}. Clients reach Moquette through a {@link ConnectGate}, which also checks Last Wills.
     */
    public static EmbeddedBroker start(String host, int port, Path dataDir, BrokerAccess access) throws IOException {
        Files.createDirectories(dataDir);
        Moquette m = moquette("127.0.0.1", 0, dataDir, access);
        ConnectGate gate;
        try {
            gate = ConnectGate.start(host, port, new InetSocketAddress("127.0.0.1", m.port()), access);
        } catch (IOException e) {
            m.server().stopServer();
            throw e;
        }
        LOG.info("embedded MQTT broker listening on {}:{} ({})", host, gate.port(),
                access.allowAnonymous() ? "logins checked, anonymous clients allowed" : "clients must log in");
        return new EmbeddedBroker(m.server(), gate, host, gate.port(), access);
    }

    private record Moquette(Server server, int port) {
    }

    /**
     * Moquette on {@code host:port}. Port 0 picks a free port: we find one ourselves and retry on a
     * clash, because Moquette's own report of the port bound to 0 is unreliable (it reads 0, or
     * throws, while the acceptor binds).
     */
    private static Moquette moquette(String host, int port, Path dataDir, BrokerAccess access) throws IOException {
        IOException last = null;
        for (int attempt = 0; attempt < (port == 0 ? 5 : 1); attempt++) {
            int chosen = port == 0 ? freePort(host) : port;
            Server server = new Server();
            try {
                MemoryConfig config = new MemoryConfig(properties(host, chosen, dataDir, access == null
                        || access.allowAnonymous()));
                if (access == null) {
                    server.startServer(config);
                } else {
                    server.startServer(config, List.of(), null, access, access);
                }
                return new Moquette(server, chosen);
            } catch (IOException | RuntimeException e) {
                server.stopServer();
                last = e instanceof IOException io ? io : new IOException(e.getMessage(), e);
                LOG.warn("embedded broker could not bind {}:{}: {}", host, chosen, e.getMessage());
            }
        }
        throw last;
    }

    private static Properties properties(String host, int port, Path dataDir, boolean allowAnonymous) {
        Properties p = new Properties();
        p.setProperty("host", host);
        p.setProperty("port", Integer.toString(port));
        p.setProperty("websocket_port", "disabled");
        p.setProperty("allow_anonymous", Boolean.toString(allowAnonymous));
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
        if (revoker != null) {
            revoker.shutdownNow();
        }
        if (gate != null) {
            gate.close();
        }
        server.stopServer();
    }
}
