package hallq.sim.demo;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import hallq.controller.auth.StaffDirectory;
import hallq.protocol.Json;
import hallq.protocol.rest.HandoverRequest;
import hallq.protocol.rest.HandoverView;
import hallq.protocol.rest.WindowActionRequest;
import hallq.protocol.rest.WindowView;
import hallq.protocol.rest.WorkOrderAction;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The clerk's window PC: what the keypad cannot do, over the controller's REST API — look at the
 * window, transfer a citizen to another service, hand a citizen's matter over to another hall
 * (代办转报, asking the city hub which hall first), and a handover's page: look at it, accept it,
 * make its result ready.
 */
final class WindowConsole {
    private static final ObjectMapper JSON = Json.lenient();
    private static final Duration ANSWER = Duration.ofSeconds(3);
    /** A login's password check is slow on purpose, and the hall's answer about a handover waits for the hub. */
    private static final Duration SLOW_ANSWER = Duration.ofSeconds(10);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
            .cookieHandler(new CookieManager()).build();
    private final URI api;
    private final URI login;
    private final Path passwordFile;

    /** Window actions need a staff login: the demo's clerks use the manager the controller created on its first run. */
    WindowConsole(String controllerUrl, Path passwordFile) {
        this.api = URI.create(controllerUrl + "/api/v1/");
        this.login = URI.create(controllerUrl + "/api/v1/auth/login");
        this.passwordFile = passwordFile;
    }

    /** Logs in (a moment: the password is checked slowly on purpose); done by itself when the controller asks. */
    synchronized void logIn() throws IOException, InterruptedException {
        String password;
        try {
            password = StaffDirectory.firstPassword(passwordFile);
        } catch (RuntimeException e) {
            throw new IOException("no manager password for the demo's clerks: " + e.getMessage(), e);
        }
        byte[] body = JSON.writeValueAsBytes(Map.of("user", StaffDirectory.FIRST_MANAGER, "password", password));
        http.send(HttpRequest.newBuilder(login).timeout(SLOW_ANSWER).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.discarding());
    }

    WindowView window(int n) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(api.resolve("windows/" + n))
                .timeout(ANSWER).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new IOException("GET window " + n + ": HTTP " + r.statusCode());
        }
        return JSON.readValue(r.body(), WindowView.class);
    }

    /** True when the controller took the transfer. */
    boolean transfer(int n, String toService) throws IOException, InterruptedException {
        return send(json(api.resolve("windows/" + n + "/transfer"), new WindowActionRequest(null, toService, null, null,
                null, null, "clerk:" + n)), ANSWER).statusCode() == 200;
    }

    /** 查询推荐大厅: the city hub's proposals of a hall for {@code serviceId}, as its JSON (the hall asks the hub). */
    String proposals(String serviceId) throws IOException, InterruptedException {
        return ok(send(HttpRequest.newBuilder(api.resolve("handover-proposals?service="
                + URLEncoder.encode(serviceId, StandardCharsets.UTF_8))).GET(), SLOW_ANSWER), "handover proposals");
    }

    /** 转报（代办）: the citizen at window {@code n} is handed over; the answer carries the receipt (收件通知书). */
    HandoverView handOver(int n, HandoverRequest request) throws IOException, InterruptedException {
        return JSON.readValue(ok(send(json(api.resolve("windows/" + n + "/handover"), request), SLOW_ANSWER),
                "hand over at window " + n), HandoverView.class);
    }

    /** The hall's handovers: open ones first, then those closed within a month. */
    List<HandoverView> handovers() throws IOException, InterruptedException {
        return JSON.readValue(ok(send(HttpRequest.newBuilder(api.resolve("handovers")).GET(), ANSWER), "handovers"),
                new TypeReference<List<HandoverView>>() { });
    }

    /** A handover as this hall holds it. */
    HandoverView handover(String receipt) throws IOException, InterruptedException {
        return JSON.readValue(ok(send(HttpRequest.newBuilder(handoverUri(receipt, "")).GET(), ANSWER),
                "handover " + receipt), HandoverView.class);
    }

    /** A step on a handover's page: accept (text: the 受理编号, null: one is made), result (PICKUP or POST). */
    HandoverView handoverStep(String receipt, String action, String text) throws IOException, InterruptedException {
        return JSON.readValue(ok(send(json(handoverUri(receipt, "/" + action), new WorkOrderAction(text, null)), ANSWER),
                action + " " + receipt), HandoverView.class);
    }

    private URI handoverUri(String receipt, String action) {
        return api.resolve("handovers/" + URLEncoder.encode(receipt, StandardCharsets.UTF_8) + action);
    }

    private static HttpRequest.Builder json(URI uri, Object body) throws IOException {
        return HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
    }

    /** Sends it, logging in first when the controller asks who is there. */
    private HttpResponse<String> send(HttpRequest.Builder b, Duration within) throws IOException, InterruptedException {
        HttpRequest request = b.timeout(within).build();
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 401) {
            logIn();
            r = http.send(request, HttpResponse.BodyHandlers.ofString());
        }
        return r;
    }

    private static String ok(HttpResponse<String> r, String what) throws IOException {
        if (r.statusCode() / 100 != 2) {
            throw new IOException(what + ": HTTP " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }
}
