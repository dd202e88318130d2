package hallq.sim.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import hallq.protocol.Json;
import hallq.protocol.rest.WindowActionRequest;
import hallq.protocol.rest.WindowView;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The clerk's window PC: what the keypad cannot do, over the controller's REST API — look at the
 * window, transfer a citizen to another service.
 */
final class WindowConsole {
    private static final ObjectMapper JSON = Json.lenient();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final URI base;

    WindowConsole(String controllerUrl) {
        this.base = URI.create(controllerUrl + "/api/v1/windows/");
    }

    WindowView window(int n) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(base.resolve(Integer.toString(n)))
                .timeout(Duration.ofSeconds(3)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new IOException("GET window " + n + ": HTTP " + r.statusCode());
        }
        return JSON.readValue(r.body(), WindowView.class);
    }

    /** True when the controller took the transfer. */
    boolean transfer(int n, String toService) throws IOException, InterruptedException {
        byte[] body = JSON.writeValueAsBytes(new WindowActionRequest(null, toService, null, null, null, null,
                "clerk:" + n));
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve(n + "/transfer"))
                .timeout(Duration.ofSeconds(3)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        return r.statusCode() == 200;
    }
}
