package hallq.controller.adapter.http;

import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.LoggerFactory;

/**
 * The address a request comes from, for per-address limits: the connection's, or — when the city hub
 * forwarded a citizen's booking (docs/city.md, "City-wide booking") — the citizen's, which the hub
 * sends as {@code X-Forwarded-For}. The header is believed from the hub's own addresses alone;
 * from anyone else it is ignored, so no client can pick its own limit bucket.
 */
final class ClientAddress {
    static final ClientAddress DIRECT = new ClientAddress(Set.of());
    private static final Pattern LITERAL = Pattern.compile("[0-9A-Fa-f:.]{2,45}");
    private static final Pattern IPV4 = Pattern.compile("((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
    private final Set<InetAddress> hubs;

    private ClientAddress(Set<InetAddress> hubs) {
        this.hubs = Set.copyOf(hubs);
    }

    /** The hub at {@code hubUrl} (null: the hall sends to no hub), by every address its host name has now. */
    static ClientAddress forHub(String hubUrl) {
        if (hubUrl == null) {
            return DIRECT;
        }
        Set<InetAddress> out = new HashSet<>();
        try {
            String host = URI.create(hubUrl).getHost();
            if (host != null) {
                out.addAll(Set.of(InetAddress.getAllByName(host)));
            }
        } catch (UnknownHostException | IllegalArgumentException e) {
            LoggerFactory.getLogger(ClientAddress.class).warn(
                    "the city hub's address {} cannot be resolved now: bookings it forwards count as its own", hubUrl);
        }
        return new ClientAddress(out);
    }

    String of(Context ctx) {
        return of(ctx.ip(), ctx.header("X-Forwarded-For"));
    }

    String of(String connection, String forwardedFor) {
        if (forwardedFor == null || hubs.isEmpty()) {
            return connection;
        }
        InetAddress from = literal(connection);
        String citizen = forwardedFor.strip();
        return from != null && hubs.contains(from) && literal(citizen) != null ? "city:" + citizen : connection;
    }

    /** An IP address written as one, never a name (no DNS look-up); null otherwise. */
    private static InetAddress literal(String text) {
        String t = text == null ? "" : text.replace("[", "").replace("]", "");
        if (!LITERAL.matcher(t).matches() || !(t.contains(":") || IPV4.matcher(t).matches())) {
            return null; // a text with ':' that is no IPv6 address is refused without a look-up
        }
        try {
            return InetAddress.getByName(t);
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
