package hallq.controller.adapter.http;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.sse.SseClient;
import io.javalin.http.sse.SseHandler;
import io.javalin.router.Endpoint;
import io.javalin.router.EndpointMetadata;
import io.javalin.router.ParsedEndpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The one way routes are registered: method, path, who may call it, handler. A route registered
 * without an {@link Access} is for staff only; a route registered around this class (straight on
 * Javalin) has none, and {@link #table} refuses to let the server start with it.
 */
final class Routes {
    /** What the gate needs to know about a route. {@code secretBody}: audited without its body (passwords). */
    record Guard(Access access, boolean secretBody) implements EndpointMetadata {
    }

    /** One registered endpoint, as the permission test and the docs list them. */
    record Entry(HandlerType method, String path, Access access) {
        @Override
        public String toString() {
            return method + " " + path + " " + access;
        }
    }

    private final JavalinConfig cfg;

    Routes(JavalinConfig cfg) {
        this.cfg = cfg;
    }

    /** For exception handlers and before/after hooks, which are not endpoints. */
    JavalinConfig config() {
        return cfg;
    }

    void get(String path, Access access, Handler handler) {
        add(HandlerType.GET, path, new Guard(access, false), handler);
    }

    void get(String path, Handler handler) {
        get(path, Access.STAFF, handler);
    }

    void post(String path, Access access, Handler handler) {
        add(HandlerType.POST, path, new Guard(access, false), handler);
    }

    void put(String path, Access access, Handler handler) {
        add(HandlerType.PUT, path, new Guard(access, false), handler);
    }

    /** A write whose body carries a password: the audit row says so instead of recording it. */
    void postSecret(String path, Access access, Handler handler) {
        add(HandlerType.POST, path, new Guard(access, true), handler);
    }

    /** A server-sent event stream. */
    void sse(String path, Access access, Consumer<SseClient> client) {
        add(HandlerType.GET, path, new Guard(access, false), new SseHandler(client));
    }

    private void add(HandlerType method, String path, Guard guard, Handler handler) {
        cfg.routes.addEndpoint(Endpoint.create(method, path).addMetadata(guard).handler(handler));
    }

    /** The route's guard, or null for one registered around this class. */
    static Guard guard(Endpoint endpoint) {
        return endpoint.metadata(Guard.class);
    }

    /**
     * Every endpoint of the app with who may call it.
     *
     * @throws IllegalStateException naming each route that states no access
     */
    static List<Entry> table(Javalin app) {
        List<Entry> entries = new ArrayList<>();
        List<String> unguarded = new ArrayList<>();
        for (ParsedEndpoint parsed : app.unsafe.internalRouter.allHttpHandlers()) {
            Endpoint e = parsed.endpoint;
            if (!e.method.isHttpMethod()) {
                continue; // before and after hooks
            }
            Guard guard = guard(e);
            if (guard == null) {
                unguarded.add(e.method + " " + e.path);
            } else {
                entries.add(new Entry(e.method, e.path, guard.access()));
            }
        }
        if (!unguarded.isEmpty()) {
            throw new IllegalStateException("routes registered without an access level (use Routes): " + unguarded);
        }
        return List.copyOf(entries);
    }
}
