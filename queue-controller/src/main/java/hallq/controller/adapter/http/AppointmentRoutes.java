package hallq.controller.adapter.http;

import hallq.controller.service.QueueService;
import hallq.protocol.login.RateLimiter;
import hallq.protocol.rest.BookingRequest;
import hallq.protocol.rest.CheckInRequest;
import hallq.protocol.rest.PersonDayView;
import hallq.protocol.rest.QuotaOverride;
import io.javalin.http.Context;
import java.time.Duration;

/** Appointments: slots, booking (rate limited per client, the citizen's address when the city hub forwards), the holder's page, check-in at kiosks, quotas. */
final class AppointmentRoutes {
    private final QueueService service;
    private final RateLimiter bookings;
    private final ClientAddress clients;

    AppointmentRoutes(QueueService service, ClientAddress clients) {
        this.service = service;
        this.clients = clients;
        this.bookings = new RateLimiter(service.config().appointments().bookingsPerMinute(), Duration.ofMinutes(1),
                service.clock());
    }

    void register(Routes routes) {
        routes.get("/api/v1/appointments/slots", Access.PUBLIC, this::slots);
        routes.post("/api/v1/appointments", Access.PUBLIC, this::book);
        routes.post("/api/v1/appointments/check-in", Access.KIOSK, this::checkIn);
        routes.post("/api/v1/person/today", Access.KIOSK, ctx -> ctx.json(service.personDay().of(
                Requests.body(ctx, PersonDayView.Question.class, null).idNumber())));
        routes.put("/api/v1/appointments/quotas", Access.MANAGER, this::quota);
        routes.get("/api/v1/appointments/{token}", Access.PUBLIC, ctx -> ctx.json(service.appointments().get(ctx.pathParam("token"))));
        routes.post("/api/v1/appointments/{token}/cancel", Access.PUBLIC,
                ctx -> ctx.json(service.appointments().cancel(ctx.pathParam("token"))));
    }

    private void slots(Context ctx) {
        String serviceId = ctx.queryParam("service");
        var date = Requests.date(ctx, "date");
        if (serviceId == null || serviceId.isBlank() || date == null) {
            throw new ProblemHandlers.BadRequest("give ?service= and ?date= (e.g. ?service=HJ&date=2026-11-24)");
        }
        ctx.json(service.appointments().slots(serviceId, date));
    }

    private void book(Context ctx) {
        if (!bookings.allow(clients.of(ctx))) {
            throw new TooMany("too many bookings from this address; please wait a minute");
        }
        BookingRequest r = Requests.body(ctx, BookingRequest.class, null);
        if (r.serviceId() == null || r.serviceId().isBlank()) {
            throw new ProblemHandlers.BadRequest("serviceId is required");
        }
        ctx.status(201).json(service.appointments().book(r));
    }

    private void checkIn(Context ctx) {
        CheckInRequest r = Requests.body(ctx, CheckInRequest.class, null);
        String actor = Requests.actor(ctx, r.device() == null ? "api" : "device:" + Requests.clip(r.device()));
        ctx.status(201).json(service.appointments().checkIn(r, actor));
    }

    private void quota(Context ctx) {
        QuotaOverride q = Requests.body(ctx, QuotaOverride.class, null);
        if (q.serviceId() == null || q.date() == null || q.slot() == null) {
            throw new ProblemHandlers.BadRequest("serviceId, date and slot are required (quota null: back to the proposal)");
        }
        ctx.json(service.appointments().setQuota(q, Requests.actor(ctx, "manager")));
    }
}
