package hallq.controller.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import hallq.controller.adapter.http.KioskLogins;
import hallq.controller.app.Controller;
import hallq.controller.mqttauth.MqttRole;
import hallq.protocol.Json;
import hallq.protocol.mqtt.MqttLogin;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A real HTTP client against a controller on loopback. */
public final class Http {
    public record Response(int status, String body) {
        public JsonNode json() {
            try {
                return MAPPER.readTree(body);
            } catch (Exception e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }
    }

    private static final ObjectMapper MAPPER = Json.lenient();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .cookieHandler(new CookieManager()).build();
    private final String base;
    private String authorization;

    /** A client without a login: what citizens' phones are. */
    public Http(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** A client with a kiosk's login ({@value TestHall#KIOSK}, made on first use), sent as HTTP Basic. */
    public static Http kiosk(Controller c) {
        MqttLogin login = TestHall.login(c, TestHall.KIOSK, MqttRole.KIOSK, null);
        Http http = new Http(c.httpPort());
        http.authorization = KioskLogins.header(login.username(), login.password());
        return http;
    }

    /** A client logged in as the test hall's manager (TestHall seeds the account). */
    public static Http manager(int port) {
        return new Http(port).login(TestHall.MANAGER, TestHall.PASSWORD);
    }

    /** A client logged in as the clerk of window 5 only. */
    public static Http clerk5(int port) {
        return new Http(port).login(TestHall.CLERK_5, TestHall.PASSWORD);
    }

    /** Logs in; the session cookie then goes with every request of this client. */
    public Http login(String user, String password) {
        Response r = post("/api/v1/auth/login", "{\"user\":\"" + user + "\",\"password\":\"" + password + "\"}");
        if (r.status() != 200) {
            throw new AssertionError("login as " + user + " failed: " + r.status() + " " + r.body());
        }
        return this;
    }

    /** Logs in with a client of its own and returns the session cookie, "HALLQ_SESSION=...", for raw requests. */
    public static String sessionCookie(int port, String user) {
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/api/v1/auth/login")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"user\":\"" + user + "\",\"password\":\""
                            + TestHall.PASSWORD + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new AssertionError("login as " + user + " failed: " + r.statusCode() + " " + r.body());
            }
            return r.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        } catch (IOException | InterruptedException e) {
            throw new AssertionError("HTTP request failed: " + e, e);
        }
    }

    /** A GET whose body is bytes (images), with this client's session. */
    public HttpResponse<byte[]> getBytes(String path) {
        try {
            return client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new AssertionError("HTTP request failed: " + e, e);
        }
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    public Response post(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A POST with extra headers, name then value. */
    public Response post(String path, String json, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return send(b);
    }

    public Response put(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response issue(String service, String requestId) {
        return post("/api/v1/tickets", "{\"serviceId\":\"" + service + "\""
                + (requestId == null ? "" : ",\"clientRequestId\":\"" + requestId + "\"") + "}");
    }

    private Response send(HttpRequest.Builder b) {
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        try {
            HttpResponse<String> r = client.send(b.timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.body());
        } catch (Exception e) {
            throw new AssertionError("HTTP request failed: " + e, e);
        }
    }
}
