package hallq.city.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hallq.city.app.Hub;
import hallq.city.core.HallEntry;
import hallq.city.store.HubDatabase;
import hallq.protocol.mqtt.MqttLogin;
import hallq.protocol.testing.MutableClock;
import hallq.protocol.testing.TestDirs;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Refused logins are limited per address on every door of the hub (the staff login form, HTTP Basic
 * on the city's views, a hall's ingest login), while logins already known good keep working — halls
 * of one district often reach the hub from one NAT address.
 */
class LoginLimitIT {
    private static final String PASSWORD = "a city password 1";
    private static final MutableClock CLOCK = MutableClock.mondayAt(9, 0);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static Hub hub;

    @BeforeAll
    static void start() throws Exception {
        hub = Hub.start(HubDatabase.privateCluster(TestDirs.fresh("hub-limit")), "127.0.0.1", 0, CLOCK);
        hub.registry().add(new HallEntry("street-a", "市中心", HallEntry.Level.CITY, null, null, null, null),
                PASSWORD.toCharArray());
        hub.staff().add("office", PASSWORD.toCharArray());
        hub.staff().add("auditor", PASSWORD.toCharArray());
    }

    @AfterAll
    static void stop() {
        hub.close();
    }

    @Test
    void aGuesserIsAnswered429ForAMinute_whileTheHallAndTheOfficeAlreadyLoggedInCarryOn() throws Exception {
        String hall = MqttLogin.basic("street-a", PASSWORD);
        String office = MqttLogin.basic("office", PASSWORD);
        assertEquals(200, get("/api/v1/ingest", hall).statusCode());
        assertEquals(200, get("/api/v1/city/alerts", office).statusCode());

        for (int i = 0; i < Logins.REFUSED_PER_MINUTE / 2; i++) {
            assertEquals(401, login("office", "guess " + i).statusCode());
            assertEquals(401, get("/api/v1/ingest", MqttLogin.basic("street-a", "guess " + i)).statusCode());
        }
        assertEquals(401, get("/api/v1/city/alerts", null).statusCode(), "no login at all is no guess: 401, not counted");
        HttpResponse<String> limited = get("/api/v1/city/alerts", MqttLogin.basic("office", "one more"));
        assertEquals(429, limited.statusCode(), limited.body());
        assertEquals("60", limited.headers().firstValue("Retry-After").orElse(""));
        assertTrue(limited.body().contains("RATE_LIMITED") && limited.body().contains("too many refused logins"),
                limited.body());
        assertEquals(429, login("auditor", PASSWORD).statusCode(), "not even checked while limited");
        assertEquals(200, login("office", PASSWORD).statusCode(), "a login known good is not a guess");
        assertEquals(429, get("/api/v1/ingest", MqttLogin.basic("street-a", "guess")).statusCode());

        assertEquals(200, get("/api/v1/ingest", hall).statusCode(), "the hall, known good, keeps reporting");
        assertEquals(200, get("/api/v1/city/alerts", office).statusCode(), "so does the office's script");

        CLOCK.advance(Duration.ofSeconds(61));
        assertEquals(200, login("auditor", PASSWORD).statusCode(), "a minute later the form is checked again");
        assertEquals(401, login("office", "wrong").statusCode());
    }

    private static HttpResponse<String> get(String path, String authorization) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(hub.url() + path));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> login(String user, String password) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(hub.url() + "/api/v1/city/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"user\":\"" + user + "\",\"password\":\"" + password + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
