package hallq.city.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hallq.city.app.Hub;
import hallq.city.core.HallEntry;
import hallq.city.store.HubDatabase;
import hallq.protocol.Json;
import hallq.protocol.city.CityEvent;
import hallq.protocol.city.CityFact;
import hallq.protocol.mqtt.MqttLogin;
import hallq.protocol.testing.Nasty;
import hallq.protocol.testing.TestDirs;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every route of the hub fuzzed against one real hub on a real PostgreSQL server, each case
 * reproducible from its seed: malformed batches, another hall's events, sequence numbers going
 * backwards, huge and broken bodies, odd Unicode in paths and queries, wrong, missing and foreign
 * credentials. Never a 5xx; every refusal a problem body with a message; nothing of a refused
 * ingest stored, the registry unchanged; and the hub keeps serving.
 */
class HubFuzzIT {
    private static final String PASSWORD = "a city password 1";
    private static final ObjectMapper JSON = Json.lenient();
    private static final List<String> HALLS = List.of("city", "street-a", "street-b", "nowhere");
    private static final LocalDate DAY = LocalDate.of(2026, 12, 2);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static Hub hub;
    private static List<String> logins;

    @BeforeAll
    static void start() throws Exception {
        hub = Hub.start(HubDatabase.privateCluster(TestDirs.fresh("hub-fuzz")), "127.0.0.1", 0, InstantSource.system());
        hub.registry().add(new HallEntry("city", "市中心", HallEntry.Level.CITY, null, 23.1, 113.2, null),
                PASSWORD.toCharArray());
        hub.registry().add(new HallEntry("street-a", "街道a", HallEntry.Level.TOWNSHIP, "city", null, null, null),
                PASSWORD.toCharArray());
        hub.registry().add(new HallEntry("street-b", "街道b", HallEntry.Level.TOWNSHIP, "city", null, null, null),
                PASSWORD.toCharArray());
        hub.staff().add("office", PASSWORD.toCharArray());
        Instant at = Instant.parse("2026-12-02T02:00:00Z");
        hub.events().ingest("street-a", ZoneId.of("Asia/Shanghai"), List.of(new CityEvent(1, at, DAY,
                new CityFact.TicketStep(1, "A001", "ISSUED", "HJ", null, "KIOSK", "NORMAL", 0, at, null, null, null))),
                null, Instant.now());
        String office = MqttLogin.basic("office", PASSWORD);
        String hall = MqttLogin.basic("street-a", PASSWORD);
        // known good before the fuzz's wrong logins make the address limited: they stay usable
        assertEquals(200, send("GET", "/api/v1/city/alerts", office, null).statusCode());
        assertEquals(200, send("GET", "/api/v1/ingest", hall, null).statusCode());
        logins = new ArrayList<>(List.of(office, hall, MqttLogin.basic("street-b", PASSWORD)));
    }

    @AfterAll
    static void stop() {
        hub.close();
    }

    @Test
    void noRequestToAnyRoute_getsA5xx_orStoresWhatItRefused() throws Exception {
        List<String> endpoints = hub.endpoints();
        Map<String, Long> counts = hub.events().countsByHall();
        int halls = hub.registry().list().size();
        int served = 0;
        int refused = 0;
        List<Long> seeds = Nasty.seeds(400, 17).boxed().toList();
        for (long seed : seeds) {
            Random r = new Random(seed);
            String[] endpoint = endpoints.get(r.nextInt(endpoints.size())).split(" ");
            String method = endpoint[0];
            String path = endpoint[1].replaceAll("\\{[A-Za-z]+\\}", Matcher.quoteReplacement(encode(Nasty.text(r, HALLS)))) + query(r);
            byte[] body = method.equals("POST") ? body(r, endpoint[1]) : null;
            String login = login(r);
            HttpResponse<String> res;
            try {
                res = send(method, path, login, body);
            } catch (java.io.IOException e) {
                throw new AssertionError("seed " + seed + ": " + method + " " + Nasty.shown(path) + " with "
                        + (body == null ? 0 : body.length) + " bytes: no answer", e);
            }
            String what = "seed " + seed + ": " + method + " " + Nasty.shown(path) + " → " + res.statusCode() + " "
                    + Nasty.shown(res.body());
            assertTrue(res.statusCode() < 500, what);
            if (res.statusCode() >= 400) {
                refused++;
                JsonNode problem;
                try {
                    problem = JSON.readTree(res.body());
                } catch (java.io.IOException e) {
                    throw new AssertionError("not a problem body: " + what, e);
                }
                assertTrue(problem.hasNonNull("message") && !problem.get("message").asText().isBlank(), what);
                assertEquals(res.statusCode(), problem.get("status").asInt(), what);
            } else {
                served++;
            }
        }
        assertEquals(counts, hub.events().countsByHall(), "no refused or fuzzed batch stored an event");
        assertEquals(halls, hub.registry().list().size());
        assertEquals(200, send("GET", "/health", null, null).statusCode(), "the hub keeps serving");
        assertEquals(200, send("GET", "/api/v1/city/overview", logins.get(0), null).statusCode());
        assertTrue(served > 20 && refused > 100, "both sides exercised: " + served + " served, " + refused + " refused");
    }

    /** A body for the route: mostly a plausible shape with wrong parts, sometimes garbage. */
    private static byte[] body(Random r, String route) throws Exception {
        String valid = switch (route) {
            case "/api/v1/ingest" -> JSON.writeValueAsString(batch(r));
            case "/api/v1/city/notices" -> "{\"hallId\":\"street-a\",\"message\":\"请说明\",\"answerWithinHours\":24}";
            case "/api/v1/city/login" -> "{\"user\":\"office\",\"password\":\"guess\"}";
            default -> "{}";
        };
        if (r.nextInt(3) == 0) {
            return Nasty.brokenJson(r, valid);
        }
        JsonNode node = JSON.readTree(valid);
        if (node.isObject() && node.size() > 0) {
            List<String> fields = new ArrayList<>();
            node.fieldNames().forEachRemaining(fields::add);
            ((ObjectNode) node).set(fields.get(r.nextInt(fields.size())),
                    Nasty.value(r, HALLS));
        }
        return Nasty.utf8(JSON.writeValueAsString(node));
    }

    /** A batch that is wrong for the hall sending it: another hall's, out of order, going backwards, huge, a gap. */
    private static JsonNode batch(Random r) throws Exception {
        String hall = r.nextBoolean() ? "street-a" : "street-b";
        Instant at = Instant.parse("2026-12-02T03:00:00Z");
        long start = switch (r.nextInt(4)) {
            case 0 -> 1; // a replay of what the hub holds, with other content
            case 1 -> 5; // a gap
            case 2 -> -3;
            default -> 0;
        };
        int n = r.nextInt(5) == 0 ? 5_001 : 1 + r.nextInt(4);
        ArrayNode events = JSON.createArrayNode();
        for (int i = 0; i < n; i++) {
            long seq = r.nextInt(4) == 0 ? start - i : start + i; // sometimes backwards
            JsonNode fact = JSON.valueToTree(new CityFact.TicketStep(Math.max(1, seq), "A" + seq, r.nextBoolean() ? "ISSUED"
                    : Nasty.odd(r, 2), "HJ", null, "KIOSK", "NORMAL", 0, at, null, null, null));
            events.addObject().put("seq", seq).put("at", at.toString())
                    .put("day", (r.nextBoolean() ? DAY : LocalDate.of(1999, 1, 1)).toString()).set("fact", fact);
        }
        ObjectNode batch = JSON.createObjectNode()
                .put("hallId", r.nextInt(3) == 0 ? "city" : hall);
        batch.set("events", events);
        return batch;
    }

    private static String query(Random r) {
        if (r.nextInt(3) == 0) {
            return "";
        }
        List<String> names = List.of("date", "month", "format", "chart", "from", "to", "hall");
        StringBuilder q = new StringBuilder("?");
        for (int i = 0; i < 1 + r.nextInt(3); i++) {
            q.append(i > 0 ? "&" : "").append(names.get(r.nextInt(names.size()))).append('=')
                    .append(encode(Nasty.text(r, List.of("2026-12-02", "2026-12", "csv", "levels", "street-a"))));
        }
        return q.toString();
    }

    private static String login(Random r) {
        return switch (r.nextInt(6)) {
            case 0 -> null;
            case 1 -> MqttLogin.basic(Nasty.text(r, HALLS), Nasty.odd(r, 3));
            case 2 -> "Basic " + Nasty.odd(r, 4);
            case 3 -> "Bearer " + Nasty.text(r, List.of());
            default -> logins.get(r.nextInt(logins.size()));
        };
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> send(String method, String path, String authorization, byte[] body)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(hub.url() + path)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Content-Type", "application/json");
        if (authorization != null && authorization.chars().allMatch(c -> c >= 0x20 && c < 0x7F)) {
            b.header("Authorization", authorization);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
