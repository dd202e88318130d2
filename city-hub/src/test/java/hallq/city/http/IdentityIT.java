package hallq.city.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import hallq.city.app.Hub;
import hallq.city.core.HallEntry;
import hallq.city.store.HubDatabase;
import hallq.city.store.PersonKeyFile;
import hallq.protocol.Json;
import hallq.protocol.city.CityEvent;
import hallq.protocol.city.CityFact;
import hallq.protocol.city.IngestBatch;
import hallq.protocol.testing.TestDirs;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hub's side of one identity over HTTP: the key ring rides on an acknowledgement only when the
 * hall holds another version, marks follow the limit, a person's look-up takes city hashes only and
 * halls only, and the city's limits are set by staff within bounds.
 */
class IdentityIT {
    private static final String PASSWORD = "a hall password 1";
    private static final String PERSON = "c1." + "A".repeat(43);
    private static final ObjectMapper JSON = Json.strict();
    private static Hub hub;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        hub = Hub.start(HubDatabase.privateCluster(TestDirs.fresh("identity-http")), "127.0.0.1", 0,
                InstantSource.system(), PersonKeyFile.inMemory());
        hub.registry().add(new HallEntry("city", "市政务服务中心", HallEntry.Level.CITY, null, null, null, null),
                PASSWORD.toCharArray());
        hub.registry().add(new HallEntry("street-a", "街道a", HallEntry.Level.TOWNSHIP, "city", null, null, null),
                PASSWORD.toCharArray());
        new hallq.city.store.StaffStore(hub.database()).add("office", PASSWORD.toCharArray());
    }

    @AfterAll
    static void stop() {
        hub.close();
    }

    private HttpResponse<String> post(String path, String login, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(hub.url() + path)).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json").header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((login + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode ingest(long from, int n, long ringVersion, long marksUpTo) throws Exception {
        Instant at = Instant.now();
        LocalDate day = LocalDate.ofInstant(at, ZoneId.of("Asia/Shanghai"));
        List<CityEvent> events = new java.util.ArrayList<>();
        for (long s = from; s < from + n; s++) {
            events.add(new CityEvent(s, at, day, new CityFact.TicketStep(s, "A" + s, "ISSUED", "HJ", null, "KIOSK",
                    "NORMAL", 0, at, null, null, null, PERSON)));
        }
        HttpResponse<String> r = post("/api/v1/ingest", "street-a", JSON.writeValueAsString(new IngestBatch("street-a",
                events, null, ringVersion, marksUpTo)));
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    @Test
    void theRing_marksAndLookUps_overHttp() throws Exception {
        assertEquals(200, post("/api/v1/city/limits", "office", "{\"ticketsPerDay\":2,\"activeAppointments\":0}")
                .statusCode());
        JsonNode first = ingest(1, 1, 0, 0);
        assertEquals(1, first.get("personKeys").get("version").asLong(), "a hall without the ring gets it");
        assertEquals(0, first.get("limits").get("capped").size());
        JsonNode second = ingest(2, 1, 1, first.get("limits").get("upTo").asLong());
        assertTrue(second.get("personKeys").isNull(), "a hall holding the ring is not sent it again");
        assertEquals(PERSON, second.get("limits").get("capped").get(0).get("person").asText(), "the 2nd ticket: at the limit");
        JsonNode third = ingest(3, 1, 1, second.get("limits").get("upTo").asLong());
        assertEquals(0, third.get("limits").get("capped").size(), "each mark once");

        HttpResponse<String> seen = post("/api/v1/city/person", "street-a", "{\"keys\":[\"" + PERSON + "\"]}");
        assertEquals(200, seen.statusCode(), seen.body());
        assertEquals(3, JSON.readTree(seen.body()).get("ticketsToday").asInt());
        for (String bad : List.of("{\"keys\":[]}", "{\"keys\":[\"11010519491231002X\"]}", "{\"keys\":\"c1.x\"}", "null",
                "{\"keys\":[" + String.join(",", java.util.Collections.nCopies(9, "\"" + PERSON + "\"")) + "]}")) {
            HttpResponse<String> r = post("/api/v1/city/person", "street-a", bad);
            assertEquals(400, r.statusCode(), bad + " → " + r.body());
        }
        assertEquals(401, post("/api/v1/city/person", "office", "{\"keys\":[\"" + PERSON + "\"]}").statusCode(),
                "city staff do not look persons up");
        assertEquals(400, post("/api/v1/city/limits", "office", "{\"ticketsPerDay\":-1,\"activeAppointments\":0}")
                .statusCode());
        assertEquals(400, post("/api/v1/city/limits", "office", "{\"ticketsPerDay\":3}").statusCode());
        assertEquals(401, post("/api/v1/city/limits", "street-a", "{\"ticketsPerDay\":3,\"activeAppointments\":0}")
                .statusCode(), "a hall does not set the city's limits");
    }
}
