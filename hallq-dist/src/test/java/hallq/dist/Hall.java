package hallq.dist;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** The REST calls of the proof: a kiosk issues (HTTP Basic), the manager calls (session cookie). */
final class Hall {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .cookieHandler(new CookieManager()).build();
    private final String base;
    private final String kioskAuthorization;

    Hall(int port, String kiosk, String kioskPassword, String manager, String managerPassword) {
        this.base = "http://127.0.0.1:" + port;
        this.kioskAuthorization = "Basic " + Base64.getEncoder().encodeToString((kiosk + ":" + kioskPassword)
                .getBytes(StandardCharsets.UTF_8));
        JsonNode login = send(post("/api/v1/auth/login", "{\"user\":\"" + manager + "\",\"password\":\""
                + managerPassword + "\"}"), 200);
        if (login == null) {
            throw new AssertionError("no login answer");
        }
    }

    /** A ticket as a kiosk takes it: {number, token, ...}. */
    JsonNode issue(String service) {
        return send(post("/api/v1/tickets", "{\"serviceId\":\"" + service + "\"}").header("Authorization",
                kioskAuthorization), 201);
    }

    /** The number the window calls next. */
    String callNext(int window) {
        return send(post("/api/v1/windows/" + window + "/call-next", null), 200).at("/ticket/number").asText();
    }

    /** The citizen called to the window has arrived: serving begins. */
    void start(int window) {
        send(post("/api/v1/windows/" + window + "/start", null), 200);
    }

    JsonNode get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), 200);
    }

    private HttpRequest.Builder post(String path, String json) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
    }

    private JsonNode send(HttpRequest.Builder request, int expected) {
        try {
            HttpResponse<String> r = client.send(request.timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != expected) {
                throw new AssertionError(r.request().method() + " " + r.request().uri() + ": " + r.statusCode() + " "
                        + r.body());
            }
            return JSON.readTree(r.body());
        } catch (java.io.IOException e) {
            throw new AssertionError("HTTP request failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
