package hallq.city.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.List;

/**
 * The one way the hub's routes are registered: method, path, who may call it, handler. A city staff
 * route is checked here, before its handler runs; a hall's route checks the hall's own login in its
 * handler (it needs the hall's id); a public route is on {@link #PUBLIC}'s reviewed list, or the hub
 * refuses to start.
 */
final class HubRoutes {
    /** The request attribute that names the city staff member of a STAFF route. */
    static final String STAFF_ATTRIBUTE = "hallq.staff";

    /** Who may call a route. */
    enum Access { PUBLIC, HALL, STAFF }

    /** Reviewed: what anyone may call. Everything else needs a hall's or a city staff login. */
    static final List<String> PUBLIC = List.of("GET /health", "POST /api/v1/city/login", "POST /api/v1/city/logout",
            "GET /city", "GET /city/assets/city.js", "GET /city/assets/city.css", "GET /city/assets/chart.umd.min.js",
            "GET /city/services", "GET /city/assets/services.js", "GET /api/v1/city/services", "GET /city/book",
            "GET /city/assets/book.js", "GET /api/v1/city/book/{hall}", "GET /api/v1/city/book/{hall}/slots",
            "POST /api/v1/city/book/{hall}");

    /** One registered endpoint, as the endpoint test lists them. */
    record Entry(HandlerType method, String path, Access access) {
        @Override
        public String toString() {
            return method + " " + path + " " + access;
        }
    }

    /** Who the staff member of a request is (the session cookie or HTTP Basic); throws 401 otherwise. */
    interface StaffCheck {
        String staff(Context ctx);
    }

    private final JavalinConfig cfg;
    private final StaffCheck staff;
    private final List<Entry> entries = new ArrayList<>();

    HubRoutes(JavalinConfig cfg, StaffCheck staff) {
        this.cfg = cfg;
        this.staff = staff;
    }

    void get(String path, Access access, Handler handler) {
        add(HandlerType.GET, path, access, handler);
    }

    void post(String path, Access access, Handler handler) {
        add(HandlerType.POST, path, access, handler);
    }

    private void add(HandlerType method, String path, Access access, Handler handler) {
        if (access == Access.PUBLIC && !PUBLIC.contains(method + " " + path)) {
            throw new IllegalStateException(method + " " + path + " is public but not on the reviewed list "
                    + "(HubRoutes.PUBLIC)");
        }
        entries.add(new Entry(method, path, access));
        Handler checked = access == Access.STAFF ? ctx -> {
            ctx.attribute(STAFF_ATTRIBUTE, staff.staff(ctx));
            handler.handle(ctx);
        } : handler;
        // a body (at most the hub's limit) is read before any login is judged: a refusal sent while the
        // caller is still uploading reaches it as a reset connection, not as the 401 it should see
        Handler guarded = method == HandlerType.POST ? ctx -> {
            ctx.bodyAsBytes();
            checked.handle(ctx);
        } : checked;
        if (method == HandlerType.GET) {
            cfg.routes.get(path, guarded);
        } else {
            cfg.routes.post(path, guarded);
        }
    }

    List<Entry> entries() {
        return List.copyOf(entries);
    }
}
