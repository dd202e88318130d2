package hallq.controller.adapter.http;

import hallq.controller.service.QueueService;
import hallq.controller.service.WaitHistory;
import io.javalin.http.Context;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * What the consoles need beyond the REST API: the next few tickets a window will call, and the
 * day's predicted against actual waits for the dashboard.
 */
final class ConsoleRoutes {
    private final QueueService service;
    private final WaitHistory waits;

    ConsoleRoutes(QueueService service, WaitHistory waits) {
        this.service = service;
        this.waits = waits;
    }

    void register(Routes routes) {
        routes.get("/api/v1/windows/{n}/upcoming", Access.STAFF, this::upcoming);
        routes.get("/api/v1/waits", Access.STAFF, this::waits);
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
        ctx.json(service.tickets().upcoming(Integer.parseInt(n), limit == null ? 5 : Integer.parseInt(limit)));
    }

    /** {@code ?date=} (default today) and {@code ?service=} (samples of that service; without it, tickets of all). */
    private void waits(Context ctx) {
        String id = ctx.queryParam("service");
        if (id != null && service.config().service(id) == null) {
            throw new Problems.Refused(404, "NOT_FOUND", "unknown service '" + Problems.clip(id) + "'");
        }
        ctx.json(waits.day(date(ctx.queryParam("date")), id));
    }

    private LocalDate date(String text) {
        if (text == null) {
            return service.hall().businessDate();
        }
        try {
            LocalDate d = text.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(text) : null;
            if (d != null && d.getYear() >= 2000 && d.getYear() <= 2100) {
                return d;
            }
        } catch (DateTimeException e) {
            // refused below
        }
        throw Problems.Refused.invalid("date must be YYYY-MM-DD between 2000 and 2100, got '" + Problems.clip(text) + "'");
    }
}
