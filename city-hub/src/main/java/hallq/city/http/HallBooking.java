package hallq.city.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import hallq.city.core.HallEntry;
import hallq.city.core.HubProblem;
import hallq.city.core.Overview;
import hallq.city.store.OverviewStore;
import hallq.city.store.OverviewStore.BookingTarget;
import hallq.protocol.Json;
import hallq.protocol.rest.BookingRequest;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * City-wide booking (docs/city.md): the hub forwards a citizen's slot question or booking to the hall
 * that owns the slots, at the address the hall itself sent with its live figures, and passes the
 * hall's answer back. The hall stays the authority: the hub keeps nothing of a booking. A hall not
 * heard for a minute, or one that does not answer, cannot be booked, and the answer says so
 * ({@code HALL_OFFLINE}). The citizen's address goes along as {@code X-Forwarded-For}, which the
 * hall honours from its hub alone, so its per-address booking limit stays per citizen.
 */
final class HallBooking {
    private static final Logger LOG = LoggerFactory.getLogger(HallBooking.class);
    private static final Duration CONNECT = Duration.ofSeconds(2);
    private static final Duration ANSWER = Duration.ofSeconds(5);
    private static final int MAX_ANSWER = 256 << 10;
    private final OverviewStore store;
    private final InstantSource clock;
    private final ObjectMapper json = Json.lenient();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    HallBooking(OverviewStore store, InstantSource clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The hall as the booking page shows it: name, its business day, and whether it can be booked now. */
    record HallView(String hallId, String hallName, HallEntry.Level level, LocalDate today, boolean bookable,
                    String why) {
    }

    HallView hall(String hallId) {
        BookingTarget t = target(hallId);
        String why = why(t, clock.instant());
        return new HallView(t.hall().id(), t.hall().name(), t.hall().level(), today(t), why == null, why);
    }

    /** The hall's slots for a matter on a day, as the hall answers them (a JSON array). */
    Answer slots(String hallId, String service, LocalDate date) {
        BookingTarget t = reachable(hallId);
        String path = "/api/v1/appointments/slots?service=" + URLEncoder.encode(service, StandardCharsets.UTF_8)
                + "&date=" + date;
        return ask(t, HttpRequest.newBuilder(uri(t, path)).GET(), null);
    }

    /**
     * Books at the hall; the answer (201) carries the hall, its holder's page for the appointment
     * (view or cancel it there) and the hall's own appointment as it gave it.
     */
    Answer book(String hallId, BookingRequest request, String citizenAddress) {
        BookingTarget t = reachable(hallId);
        byte[] body;
        try {
            body = json.writeValueAsBytes(request);
        } catch (IOException e) {
            throw new IllegalStateException("a booking cannot be written as JSON", e);
        }
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(t, "/api/v1/appointments"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body));
        Answer hall = ask(t, b, citizenAddress);
        if (hall.status() != 201) {
            return hall;
        }
        JsonNode appointment = hall.body();
        String token = appointment.path("token").asText("");
        if (!token.matches("[A-Za-z0-9_-]{16,64}")) {
            throw offline(t, "it answered a booking without a valid token");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("hallId", t.hall().id());
        out.put("hallName", t.hall().name());
        out.put("holderUrl", base(t) + "/a/" + token);
        out.put("appointment", appointment);
        return new Answer(201, json.valueToTree(out));
    }

    /** The hall's answer: its status and JSON body (a problem when 4xx). */
    record Answer(int status, JsonNode body) {
    }

    private BookingTarget target(String hallId) {
        if (!HallEntry.validId(hallId)) {
            throw HubProblem.invalid("hall: a hall id (1 to 40 of a-z, 0-9 and '-')");
        }
        return store.bookingTarget(hallId).orElseThrow(() -> new HubProblem(404, "NOT_FOUND",
                "no hall " + hallId + " is registered"));
    }

    private BookingTarget reachable(String hallId) {
        BookingTarget t = target(hallId);
        String why = why(t, clock.instant());
        if (why != null) {
            throw new HubProblem(503, why, why.equals("NO_PAGE")
                    ? t.hall().name() + " takes no bookings through the city: it gave no public address"
                    : t.hall().name() + " has not been heard for a minute: it cannot be booked now");
        }
        return t;
    }

    /** Why the hall cannot be booked now: NO_PAGE (no address), HALL_OFFLINE (not heard for a minute); null: it can. */
    static String why(BookingTarget t, Instant now) {
        if (t.publicUrl() == null) {
            return "NO_PAGE";
        }
        boolean heard = t.lastHeard() != null
                && Duration.between(t.lastHeard(), now).compareTo(Overview.STALE_AFTER) <= 0;
        return heard ? null : "HALL_OFFLINE";
    }

    private LocalDate today(BookingTarget t) {
        return t.businessDate() != null ? t.businessDate()
                : LocalDate.ofInstant(clock.instant(), ZoneId.of(t.hall().timezone()));
    }

    private static String base(BookingTarget t) {
        return t.publicUrl().replaceAll("/+$", "");
    }

    private static URI uri(BookingTarget t, String path) {
        try {
            return URI.create(base(t) + path);
        } catch (IllegalArgumentException e) {
            throw new HubProblem(503, "NO_PAGE", t.hall().name() + " gave an address that cannot be used: " + t.publicUrl());
        }
    }

    private Answer ask(BookingTarget t, HttpRequest.Builder request, String citizenAddress) {
        request.timeout(ANSWER).header("Accept", "application/json");
        if (citizenAddress != null) {
            request.header("X-Forwarded-For", citizenAddress);
        }
        HttpResponse<byte[]> r;
        try {
            r = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw offline(t, "it did not answer (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw offline(t, "the question was interrupted");
        }
        if (r.statusCode() >= 500 || r.statusCode() < 200 || r.statusCode() >= 300 && r.statusCode() < 400) {
            throw offline(t, "it answered HTTP " + r.statusCode());
        }
        if (r.body().length > MAX_ANSWER) {
            throw offline(t, "its answer was too large");
        }
        JsonNode body;
        try {
            body = json.readTree(r.body());
        } catch (IOException e) {
            body = null;
        }
        if (body == null || body.isMissingNode() || body.isNull()) {
            throw offline(t, "its answer was not JSON");
        }
        if (r.statusCode() >= 400 && !body.path("code").isTextual()) {
            throw offline(t, "it refused without saying why (HTTP " + r.statusCode() + ")");
        }
        return new Answer(r.statusCode(), body);
    }

    private static HubProblem offline(BookingTarget t, String why) {
        LOG.warn("city booking: hall {}: {}", t.hall().id(), why);
        return new HubProblem(503, "HALL_OFFLINE", t.hall().name() + " cannot be booked now: " + why);
    }
}
