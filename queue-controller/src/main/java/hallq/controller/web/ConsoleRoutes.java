package hallq.controller.web;

import hallq.controller.service.QueueService;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;

/** What the clerk console needs beyond the REST API: the next few tickets a window will call. */
final class ConsoleRoutes {
    private final QueueService service;

    ConsoleRoutes(QueueService service) {
        this.service = service;
    }

    void register(JavalinConfig cfg) {
        cfg.routes.get("/api/v1/windows/{n}/upcoming", this::upcoming);
    }

    private void upcoming(Context ctx) {
        String n = ctx.pathParam("n");
        String limit = ctx.queryParam("limit");
        if (!n.matches("\\d{1,6}")) {
            throw Problems.Refused.invalid("n must be a window number");
        }
        if (limit != null && !limit.matches("[1-9]|1\\d|20")) {
            throw Problems.Refused.invalid("limit must be 1..20");
        }
        ctx.json(service.upcoming(Integer.parseInt(n), limit == null ? 5 : Integer.parseInt(limit)));
    }
}
