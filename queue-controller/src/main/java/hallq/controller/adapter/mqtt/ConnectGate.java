package hallq.controller.adapter.mqtt;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The doorway in front of the embedded broker. It reads each connection's CONNECT and turns away a
 * Last Will on a topic the client may not publish (CONNACK "not authorised"): Moquette 0.17 checks
 * publishes against its authorizer but sends wills unchecked. Everything else, the CONNECT included,
 * is relayed byte for byte to the broker on a loopback port, which checks the login and every
 * publish and subscribe itself.
 */
final class ConnectGate implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ConnectGate.class);
    private static final int MAX_CONNECT_BYTES = 64 * 1024;
    private static final int CONNECT_TIMEOUT_MS = 10_000;
    private static final byte[] CONNACK_NOT_AUTHORISED = {0x20, 0x02, 0x00, 0x05};
    private static final byte[] CONNACK_BAD_PROTOCOL = {0x20, 0x02, 0x00, 0x01};
    private final ServerSocket server;
    private final InetSocketAddress broker;
    private final BrokerAccess access;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicInteger serial = new AtomicInteger();
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "mqtt-gate-" + serial.incrementAndGet());
        t.setDaemon(true);
        return t;
    });
    private volatile boolean closed;

    private ConnectGate(ServerSocket server, InetSocketAddress broker, BrokerAccess access) {
        this.server = server;
        this.broker = broker;
        this.access = access;
    }

    /** Listens on {@code host:port} (0: any free port) for the broker at {@code broker}. */
    static ConnectGate start(String host, int port, InetSocketAddress broker, BrokerAccess access) throws IOException {
        ServerSocket server = new ServerSocket();
        server.setReuseAddress(true);
        try {
            server.bind(new InetSocketAddress(InetAddress.getByName(host), port), 200);
        } catch (IOException e) {
            server.close();
            throw e;
        }
        ConnectGate gate = new ConnectGate(server, broker, access);
        gate.threads.execute(gate::accept);
        return gate;
    }

    int port() {
        return server.getLocalPort();
    }

    private void accept() {
        while (!closed) {
            try {
                Socket client = server.accept();
                open.add(client);
                start(() -> admit(client), client, null);
            } catch (IOException e) {
                if (!closed) {
                    LOG.warn("MQTT gate: accept failed: {}", e.getMessage());
                }
            }
        }
    }

    /** Reads the CONNECT, refuses a forbidden will, else connects to the broker and relays both ways. */
    private void admit(Socket client) {
        Socket inner = null;
        try {
            client.setTcpNoDelay(true);
            client.setSoTimeout(CONNECT_TIMEOUT_MS);
            InputStream in = client.getInputStream();
            byte[] packet = readConnect(in);
            ConnectPacket connect = ConnectPacket.parse(body(packet));
            if (connect.level() != 3 && connect.level() != 4) {
                refuse(client, CONNACK_BAD_PROTOCOL);
                return;
            }
            if (connect.willTopic() != null
                    && !access.mayLeaveWill(connect.clientId(), connect.username(), connect.willTopic())) {
                refuse(client, CONNACK_NOT_AUTHORISED);
                return;
            }
            client.setSoTimeout(0);
            inner = new Socket();
            inner.setTcpNoDelay(true);
            inner.connect(broker, 5_000);
            open.add(inner);
            inner.getOutputStream().write(packet);
            Socket brokerSide = inner;
            if (start(() -> relay(brokerSide, client), client, brokerSide)) {
                relay(client, brokerSide);
            }
        } catch (IOException | IllegalArgumentException e) {
            LOG.debug("MQTT gate: connection from {} dropped: {}", client.getRemoteSocketAddress(), e.getMessage());
            closeQuietly(client);
            closeQuietly(inner);
        }
    }

    /**
     * Runs {@code work} on a thread of the gate; false, with both sockets closed, when the gate is
     * closing (a connection that arrives while the broker stops is dropped, not left half-made).
     */
    private boolean start(Runnable work, Socket client, Socket inner) {
        try {
            threads.execute(work);
            return true;
        } catch (RejectedExecutionException e) {
            closeQuietly(client);
            closeQuietly(inner);
            return false;
        }
    }

    /** Copies until either side ends, then closes both. */
    private void relay(Socket from, Socket to) {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            in.transferTo(out);
        } catch (IOException e) {
            // a side went away: the other learns by the close below
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    /** The whole CONNECT packet, fixed header included; fails on anything else or on more than 64 KiB. */
    private static byte[] readConnect(InputStream in) throws IOException {
        ByteArrayOutputStream packet = new ByteArrayOutputStream();
        int type = readByte(in);
        if (type != 0x10) {
            throw new IllegalArgumentException("first packet is not a CONNECT");
        }
        packet.write(type);
        int length = 0;
        for (int i = 0, multiplier = 1; ; i++, multiplier *= 128) {
            int digit = readByte(in);
            packet.write(digit);
            length += (digit & 0x7F) * multiplier;
            if ((digit & 0x80) == 0) {
                break;
            }
            if (i == 3) {
                throw new IllegalArgumentException("bad remaining length");
            }
        }
        if (length > MAX_CONNECT_BYTES) {
            throw new IllegalArgumentException("CONNECT of " + length + " bytes");
        }
        int expected = packet.size() + length;
        packet.write(in.readNBytes(length));
        if (packet.size() < expected) {
            throw new IOException("connection closed inside the CONNECT");
        }
        return packet.toByteArray();
    }

    private static byte[] body(byte[] packet) {
        int start = 1;
        while ((packet[start] & 0x80) != 0) {
            start++;
        }
        return Arrays.copyOfRange(packet, start + 1, packet.length);
    }

    private static int readByte(InputStream in) throws IOException {
        int b = in.read();
        if (b < 0) {
            throw new IOException("connection closed before the CONNECT");
        }
        return b;
    }

    private void refuse(Socket client, byte[] connack) {
        try {
            client.getOutputStream().write(connack);
            client.getOutputStream().flush();
        } catch (IOException e) {
            // it has gone already
        } finally {
            closeQuietly(client);
        }
    }

    private void closeQuietly(Socket s) {
        if (s != null) {
            open.remove(s);
            try {
                s.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            server.close();
        } catch (IOException e) {
            LOG.debug("MQTT gate: close: {}", e.getMessage());
        }
        open.forEach(this::closeQuietly);
        threads.shutdownNow();
    }
}
