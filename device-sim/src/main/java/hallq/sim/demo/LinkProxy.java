package hallq.sim.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The wire between one hall and the city hub in the city demo: a TCP relay on loopback that can be
 * cut (every open connection dropped mid-stream, new ones closed at once, as a broken WAN link looks
 * to the hall), turned into a black hole (connections accepted and held, nothing forwarded and
 * nothing answered: a link dropping every packet, which the hall only learns of by its timeouts) and
 * restored. The hall's relay only ever talks to this address.
 */
public final class LinkProxy implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(LinkProxy.class);
    private final String name;
    private final int hubPort;
    private final ServerSocket server;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean cut;
    private volatile boolean blackHole;
    private volatile boolean closed;

    public LinkProxy(String name, int hubPort) throws IOException {
        this.name = name;
        this.hubPort = hubPort;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accept = new Thread(this::accept, "link-" + name);
        accept.setDaemon(true);
        accept.start();
    }

    /** What the hall is told is the hub. */
    public String url() {
        return "http://127.0.0.1:" + server.getLocalPort();
    }

    public boolean isCut() {
        return cut;
    }

    /** Drops every connection now and refuses the next ones until {@link #restore()}. */
    public void cut() {
        cut = true;
        open.forEach(LinkProxy::closeQuietly);
        log.warn("FAULT: the link of {} to the city hub is cut", name);
    }

    /** Holds every new connection open without forwarding a byte, until {@link #restore()}. */
    public void blackHole() {
        blackHole = true;
        open.forEach(LinkProxy::closeQuietly);
        log.warn("FAULT: the link of {} to the city hub drops every packet", name);
    }

    public void restore() {
        cut = false;
        blackHole = false;
        log.warn("FAULT: the link of {} to the city hub is back", name);
    }

    private void accept() {
        while (!closed) {
            Socket hall;
            try {
                hall = server.accept();
            } catch (IOException e) {
                return; // closed
            }
            if (cut) {
                closeQuietly(hall);
                continue;
            }
            if (blackHole) {
                open.add(hall); // read and dropped by nobody: the hall's request times out
                continue;
            }
            try {
                Socket hub = new Socket(InetAddress.getLoopbackAddress(), hubPort);
                open.add(hall);
                open.add(hub);
                pipe(hall, hub);
                pipe(hub, hall);
            } catch (IOException e) {
                closeQuietly(hall); // the hub is down: the hall sees a refused connection
            }
        }
    }

    private void pipe(Socket from, Socket to) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buf)) >= 0) {
                    out.write(buf, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // cut, or one side closed: both go
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                open.remove(from);
                open.remove(to);
            }
        }, "link-" + name + "-pipe");
        t.setDaemon(true);
        t.start();
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            // nothing to do
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            server.close();
        } catch (IOException e) {
            // nothing to do
        }
        open.forEach(LinkProxy::closeQuietly);
    }
}
