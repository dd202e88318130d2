package hallq.board.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import hallq.controller.auth.StaffDirectory;
import hallq.protocol.Json;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

/** The few REST calls the board benchmark and tests make against a real controller on loopback. */
public final class ControllerClient {
    private static final ObjectMapper JSON = Json.lenient();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .cookieHandler(new CookieManager()).build();
    private final String base;

    /** Logs in as the manager the controller created on its first run in {@code dataDir} (window actions need staff). */
    public ControllerClient(int port, Path dataDir) {
        this.base = "http://127.0.0.1:" + port + "/api/v1";
        String password = StaffDirectory.firstPassword(dataDir.resolve(StaffDirectory.FIRST_PASSWORD_FILE));
        post("/auth/login", "{\"user\":\"" + StaffDirectory.FIRST_MANAGER
                + "\",\"password\":\"" + password + "\"}", 200);
    }

    /** Issues a ticket for the service and returns its number, e.g. "A001". */
    public String issue(String serviceId) {
        return post("/tickets", "{\"serviceId\":\"" + serviceId + "\"}", 201).at("/number").asText();
    }

    /** {@code POST /windows/{n}/call-next}; returns the called ticket's number, or null when nobody waits. */
    public String callNext(int window) {
        JsonNode ticket = post("/windows/" + window + "/call-next", "", 200).at("/ticket");
        return ticket.isMissingNode() || ticket.isNull() ? null : ticket.at("/number").asText();
    }

    /** {@code POST /windows/{n}/{action}} for actions without a body (recall, start, complete, pause…). */
    public void action(int window, String action) {
        post("/windows/" + window + "/" + action, "", 200);
    }

    private JsonNode post(String path, String body, int expected) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/json").timeout(Duration.ofSeconds(20))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != expected) {
                throw new IllegalStateException("POST " + path + " answered " + r.statusCode() + ": " + r.body());
            }
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new IllegalStateException("POST " + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
