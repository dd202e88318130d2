package hallq.board.testing;

import io.moquette.broker.Server;
import io.moquette.broker.config.MemoryConfig;
import io.moquette.broker.security.IAuthenticator;
import io.moquette.broker.security.IAuthorizatorPolicy;
import io.moquette.broker.subscriptions.Topic;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A Moquette broker on loopback whose ACL can refuse one login's next read checks: each topic filter
 * of a SUBSCRIBE is one check, and a refused one gets return code 0x80 in the SUBACK, as a broker
 * answers a board whose login its ACL does not (yet) let read the hall's topics. Everyone may
 * publish, anonymous clients included; the login's connects are counted.
 */
public final class AclBroker implements AutoCloseable {
    private final Server server;
    private final int port;
    private final Gate gate;

    private AclBroker(Server server, int port, Gate gate) {
        this.server = server;
        this.port = port;
        this.gate = gate;
    }

    /** Starts on a free loopback port; {@code login} is the username whose read checks {@link #refuseReads} refuses. */
    public static AclBroker start(Path dataDir, String login) throws IOException {
        Gate gate = new Gate(login);
        IOException last = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            int port = freePort(); // Moquette's report of the port it bound to 0 is unreliable: pick one, retry on a clash
            Server server = new Server();
            try {
                server.startServer(new MemoryConfig(properties(port, dataDir)), List.of(), null, gate, gate);
                return new AclBroker(server, port, gate);
            } catch (IOException | RuntimeException e) {
                server.stopServer();
                last = e instanceof IOException io ? io : new IOException(e.getMessage(), e);
            }
        }
        throw last;
    }

    /** The login's next {@code n} read checks (topic filters it subscribes to) are refused, the ones after allowed. */
    public void refuseReads(int n) {
        refuseReads(null, n);
    }

    /** The login's next {@code n} read checks of {@code filter} (every filter when null) are refused, later ones allowed. */
    public void refuseReads(String filter, int n) {
        gate.only = filter;
        gate.refuseNext.set(n);
    }

    /** Read checks of the login still to be refused. */
    public int refusalsLeft() {
        return Math.max(0, gate.refuseNext.get());
    }

    /** The login's read checks the broker refused so far. */
    public int refused() {
        return gate.refused.get();
    }

    /** How many times the login has connected. */
    public int connects() {
        return gate.connects.get();
    }

    public String url() {
        return "tcp://127.0.0.1:" + port;
    }

    @Override
    public void close() {
        server.stopServer();
    }

    private static final class Gate implements IAuthenticator, IAuthorizatorPolicy {
        private final String login;
        private final AtomicInteger refuseNext = new AtomicInteger();
        private final AtomicInteger refused = new AtomicInteger();
        private final AtomicInteger connects = new AtomicInteger();
        private volatile String only;

        Gate(String login) {
            this.login = login;
        }

        @Override
        public boolean checkValid(String clientId, String username, byte[] password) {
            if (login.equals(username)) {
                connects.incrementAndGet();
            }
            return true;
        }

        @Override
        public boolean canWrite(Topic topic, String user, String client) {
            return true;
        }

        @Override
        public boolean canRead(Topic topic, String user, String client) {
            String filter = only;
            if (login.equals(user) && (filter == null || filter.equals(topic.toString()))
                    && refuseNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                refused.incrementAndGet();
                return false;
            }
            return true;
        }
    }

    private static Properties properties(int port, Path dataDir) {
        Properties p = new Properties();
        p.setProperty("host", "127.0.0.1");
        p.setProperty("port", Integer.toString(port));
        p.setProperty("websocket_port", "disabled");
        p.setProperty("allow_anonymous", "true");
        p.setProperty("persistence_enabled", "true");
        p.setProperty("data_path", dataDir.toAbsolutePath().toString());
        p.setProperty("telemetry_enabled", "false");
        p.setProperty("netty.mqtt.message_size", Integer.toString(1 << 20));
        return p;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return s.getLocalPort();
        }
    }
}
