package hallq.city.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import hallq.city.core.HubProblem;
import hallq.city.http.HubRoutes.Access;
import hallq.protocol.Json;
import hallq.protocol.login.RateLimiter;
import hallq.protocol.rest.BookingRequest;
import io.javalin.http.Context;
import java.time.Duration;
import java.time.InstantSource;
import java.time.LocalDate;

/**
 * City-wide booking on one page (docs/city.md): {@code /city/book} and the public API behind it,
 * which the hub answers by asking the hall that owns the slots ({@link HallBooking}).
 */
final class BookingRoutes {
    /** Bookings a citizen's address may make through the hub in a minute (each hall limits its own too). */
    static final int BOOKINGS_PER_MINUTE = 10;
    private static final String MATTER = "[A-Za-z0-9_-]{1,40}";

    private BookingRoutes() {
    }

    static void register(HubRoutes routes, HallBooking halls, InstantSource clock, Pages pages) {
        ObjectMapper strict = Json.strict();
        RateLimiter bookings = new RateLimiter(BOOKINGS_PER_MINUTE, Duration.ofMinutes(1), clock);
        routes.get("/city/book", Access.PUBLIC, ctx -> pages.page(ctx, "book.html", "text/html; charset=utf-8"));
        routes.get("/city/assets/book.js", Access.PUBLIC, ctx -> pages.page(ctx, "book.js",
                "text/javascript; charset=utf-8"));
        routes.get("/api/v1/city/book/{hall}", Access.PUBLIC, ctx -> ctx.json(halls.hall(ctx.pathParam("hall"))));
        routes.get("/api/v1/city/book/{hall}/slots", Access.PUBLIC, ctx -> {
            String service = ctx.queryParam("service");
            if (service == null || !service.matches(MATTER)) {
                throw HubProblem.invalid("service: the matter's id (1-40 letters, digits, _ or -)");
            }
            answer(ctx, halls.slots(ctx.pathParam("hall"), service, date(ctx.queryParam("date"))));
        });
        routes.post("/api/v1/city/book/{hall}", Access.PUBLIC, ctx -> {
            if (!bookings.allow(ctx.ip())) {
                throw new HubProblem(429, "RATE_LIMITED", "预约提交过于频繁，请一分钟后再试 / too many bookings from this address; "
                        + "please wait a minute");
            }
            answer(ctx, halls.book(ctx.pathParam("hall"), read(strict, ctx), ctx.ip()));
        });
    }

    /** How the hub serves one of its page files. */
    interface Pages {
        void page(Context ctx, String file, String type) throws Exception;
    }

    private static void answer(Context ctx, HallBooking.Answer a) {
        ctx.status(a.status()).json(a.body());
    }

    private static LocalDate date(String v) {
        try {
            return LocalDate.parse(v);
        } catch (RuntimeException e) {
            throw HubProblem.invalid("date: a date as 2026-12-02, not " + v);
        }
    }

    /** A booking as the hall takes it, checked here so that nothing malformed is forwarded. */
    private static BookingRequest read(ObjectMapper strict, Context ctx) {
        BookingRequest r;
        try {
            r = strict.readValue(ctx.bodyAsBytes(), BookingRequest.class);
        } catch (Exception e) {
            r = null;
        }
        String shape = "send {\"serviceId\":\"HJ\",\"date\":\"2026-12-07\",\"slot\":\"10:00\",\"idNumber\":\"…\"}"
                + " (\"phone\" optional)";
        if (r == null) {
            throw HubProblem.invalid("the body is not a booking: " + shape);
        }
        if (r.serviceId() == null || !r.serviceId().matches(MATTER) || r.date() == null || r.slot() == null
                || r.idNumber() == null || r.idNumber().isBlank()) {
            throw HubProblem.invalid("serviceId, date, slot and idNumber are required: " + shape);
        }
        if (r.phone() != null && r.phone().length() > 20) {
            throw HubProblem.invalid("phone: at most 20 characters");
        }
        return r;
    }
}
