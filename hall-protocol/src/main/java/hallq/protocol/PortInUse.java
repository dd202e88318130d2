package hallq.protocol;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Optional;

/**
 * A server that did not start because a port it listens on is taken: the one line that says so, which port
 * and what to do, in place of a stack trace (the controller's and the city hub's start).
 */
public final class PortInUse {
    /** A port a server listens on, and the option that chooses it. */
    public record Port(String what, int number, String option) {
    }

    private PortInUse() {
    }

    /**
     * When {@code failure} (or a cause of it) is a {@link BindException}: the line for the first of
     * {@code ports} that cannot be listened on now (or, none found, for them all); else empty.
     */
    public static Optional<String> explain(Throwable failure, String server, String host, List<Port> ports) {
        if (!bindFailure(failure)) {
            return Optional.empty();
        }
        for (Port p : ports) {
            if (p.number() > 0 && !free(host, p.number())) {
                return Optional.of(String.format("hallq: the %s cannot listen on %s:%d (%s): the port is in use, by "
                        + "another %s or another program (ss -ltnp 'sport = :%d' shows which): stop that, or choose "
                        + "another port with %s", server, host, p.number(), p.what(), server, p.number(), p.option()));
            }
        }
        return Optional.of("hallq: the " + server + " cannot listen on " + host + ": " + failure.getMessage()
                + " (is --host an address of this machine? " + String.join(", ",
                        ports.stream().map(p -> p.option() + " " + p.number()).toList()) + ")");
    }

    private static boolean bindFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BindException) {
                return true;
            }
        }
        return false;
    }

    /** Whether a server could listen on {@code host:port} now. */
    public static boolean free(String host, int port) {
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress(host, port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
