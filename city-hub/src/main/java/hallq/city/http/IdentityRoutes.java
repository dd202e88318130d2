package hallq.city.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import hallq.city.core.HubProblem;
import hallq.city.http.HubRoutes.Access;
import hallq.city.store.PersonStore;
import hallq.city.store.Registry;
import hallq.protocol.city.CityLimits;
import hallq.protocol.city.PersonToday;
import io.javalin.http.Context;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One identity across the city's halls (docs/city.md): a hall asks what the city holds of a citizen
 * by the city keyed hashes of the ID number ({@code POST /api/v1/city/person}, the hall's login), and
 * the city office reads and sets the per-person limits ({@code GET}/{@code POST /api/v1/city/limits}).
 */
final class IdentityRoutes {
    private IdentityRoutes() {
    }

    /** What a limits change sends. */
    record LimitsRequest(Integer ticketsPerDay, Integer activeAppointments) {
    }

    static void register(HubRoutes routes, Logins halls, Registry registry, PersonStore persons, ObjectMapper json,
                         InstantSource clock) {
        routes.post("/api/v1/city/person", Access.HALL, ctx -> {
            String id = halls.check(ctx.header("Authorization"), ctx.ip());
            PersonToday.Query q = read(json, ctx, PersonToday.Query.class,
                    "{\"keys\":[\"c1.…\"]} (the person's city keyed hashes, the current one first)");
            ZoneId zone = registry.login(id).map(l -> ZoneId.of(l.hall().timezone())).orElseThrow(() ->
                    new HubProblem(401, "UNAUTHORIZED", "hall " + id + " is no longer registered"));
            Instant now = clock.instant();
            ctx.json(persons.today(id, q.keys(), LocalDate.ofInstant(now, zone), now.minus(Duration.ofDays(1))));
        });
        routes.get("/api/v1/city/limits", Access.STAFF, ctx -> ctx.json(view(persons.limits())));
        routes.post("/api/v1/city/limits", Access.STAFF, ctx -> {
            LimitsRequest r = read(json, ctx, LimitsRequest.class, "{\"ticketsPerDay\":5,\"activeAppointments\":3}");
            if (r.ticketsPerDay() == null || r.activeAppointments() == null) {
                throw HubProblem.invalid("ticketsPerDay and activeAppointments are both required (0: no city limit)");
            }
            Instant now = clock.instant();
            persons.setLimits(r.ticketsPerDay(), r.activeAppointments(), ctx.attribute(HubRoutes.STAFF_ATTRIBUTE),
                    LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(1), now);
            ctx.json(view(persons.limits()));
        });
    }

    private static Map<String, Object> view(CityLimits l) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("ticketsPerDay", l.ticketsPerDay());
        out.put("activeAppointments", l.activeAppointments());
        return out;
    }

    private static <T> T read(ObjectMapper json, Context ctx, Class<T> type, String shape) {
        T value;
        try {
            value = json.readValue(ctx.bodyAsBytes(), type);
        } catch (Exception e) {
            value = null;
        }
        if (value == null) {
            throw HubProblem.invalid("the body is not what this takes: send " + shape);
        }
        return value;
    }
}
