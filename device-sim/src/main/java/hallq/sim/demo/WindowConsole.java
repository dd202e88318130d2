package hallq.sim.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import hallq.controller.auth.StaffDirectory;
import hallq.protocol.Json;
import hallq.protocol.rest.WindowActionRequest;
import hallq.protocol.rest.WindowView;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The clerk's window PC: what the keypad cannot do, over the controller's REST API — look at the
 * window, transfer a citizen to another service.
 */
final class WindowConsole {
    private static final ObjectMapper JSON = Json.lenient();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
            .cookieHandler(new CookieManager()).build();
    private final URI base;
    private final URI login;
    private final Path passwordFile;

    /** Window actions need a staff login: the demo's clerks use the manager the controller created on its first run. */
    WindowConsole(String controllerUrl, Path passwordFile) {
        this.base = URI.create(controllerUrl + "/api/v1/windows/");
        this.login = URI.create(controllerUrl + "/api/v1/auth/login");
        this.passwordFile = passwordFile;
    }

    private synchronized void logIn() throws IOException, InterruptedException {
        String password;
        try {
            password = StaffDirectory.firstPassword(passwordFile);
        } catch (RuntimeException e) {
            throw new IOException("no manager password for the demo's clerks: " + e.getMessage(), e);
        }
        byte[] body = JSON.writeValueAsBytes(Map.of("user", StaffDirectory.FIRST_MANAGER, "password", password));
        http.send(HttpRequest.newBuilder(login).timeout(Duration.ofSeconds(3)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.discarding());
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
        HttpRequest request = HttpRequest.newBuilder(base.resolve(n + "/transfer"))
                .timeout(Duration.ofSeconds(3)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 401) {
            logIn();
            r = http.send(request, HttpResponse.BodyHandlers.ofString());
        }
        return r.statusCode() == 200;
    }
}
