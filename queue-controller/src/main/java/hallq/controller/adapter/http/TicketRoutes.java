package hallq.controller.adapter.http;

import hallq.controller.service.QueueService;
import hallq.protocol.Channel;
import hallq.protocol.Priority;
import hallq.protocol.rest.IssueTicketRequest;
import hallq.protocol.rest.RatingRequest;
import io.javalin.http.Context;
import java.util.Map;

/** Services and tickets: what kiosks and citizens' phones use. */
final class TicketRoutes {
    private final QueueService service;

    TicketRoutes(QueueService service) {
        this.service = service;
    }

    void register(Routes routes) {
        routes.get("/api/v1/services", Access.PUBLIC, ctx -> ctx.json(service.hall().services()));
        routes.get("/api/v1/services/{id}", Access.PUBLIC, ctx -> ctx.json(service.hall().service(ctx.pathParam("id"))));
        routes.post("/api/v1/tickets", Access.KIOSK, this::issue);
        routes.get("/api/v1/tickets", Access.STAFF, this::byNumber);
        routes.get("/api/v1/tickets/{token}", Access.PUBLIC, ctx -> ctx.json(service.tickets().ticket(ctx.pathParam("token"), true)));
        routes.post("/api/v1/tickets/{token}/void", Access.KIOSK, this::voidTicket);
        routes.post("/api/v1/tickets/{token}/rating", Access.PUBLIC, this::rate);
        routes.get("/api/v1/ratings", Access.STAFF, this::ratings);
    }

    private void issue(Context ctx) {
        IssueTicketRequest r = Requests.body(ctx, IssueTicketRequest.class, null);
        if (r.serviceId() == null || r.serviceId().isBlank()) {
            throw new ProblemHandlers.BadRequest("serviceId is required");
        }
        if (r.channel() == Channel.APPOINTMENT || r.priority() == Priority.APPOINTMENT) {
            // an appointment's ticket comes from its check-in, which checks the booking
            throw new ProblemHandlers.BadRequest("appointments check in at POST /api/v1/appointments/check-in");
        }
        String actor = Requests.actor(ctx, r.device() == null ? "api" : "device:" + Requests.clip(r.device()));
        ctx.status(201).json(service.tickets().issue(r, actor));
    }

    private void byNumber(Context ctx) {
        String number = ctx.queryParam("number");
        if (number == null || !number.matches("[A-Za-z]\\d{1,5}")) {
            throw new ProblemHandlers.BadRequest("give ?number= a ticket number like A023");
        }
        ctx.json(service.tickets().ticketByNumber(number));
    }

    private void rate(Context ctx) {
        RatingRequest r = Requests.body(ctx, RatingRequest.class, null);
        if (r.score() == null) {
            throw new ProblemHandlers.BadRequest("score is required: 1 (非常不满意) to 5 (非常满意)");
        }
        ctx.status(201).json(service.ratings().rate(ctx.pathParam("token"), r.score(), r.comment()));
    }

    private void ratings(Context ctx) {
        ctx.json(service.ratings().ofDay(Requests.date(ctx, "date")));
    }

    private void voidTicket(Context ctx) {
        @SuppressWarnings("unchecked")
        Map<String, Object> body = Requests.body(ctx, Map.class, Map.of());
        Object reason = body.get("reason");
        ctx.json(service.tickets().voidTicket(ctx.pathParam("token"), Requests.actor(ctx, "kiosk"),
                reason == null ? "not printed" : Requests.clip(reason.toString())));
    }
}
