package hallq.city.app;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * The reverse proxy in front of a hall's web server, as halls put one: it listens first (port 0), so
 * the hall's public address is known before the hall starts, and passes every request on to the hall
 * once it runs; while the hall is down it answers 502, as nginx does.
 */
final class HallFront implements AutoCloseable {
    private static final List<String> PASSED = List.of("Content-Type", "Accept", "Authorization", "X-Forwarded-For");
    private final HttpServer server;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private volatile URI hall;

    HallFront() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::pass);
        server.start();
    }

    /** The hall's public address: this front's. */
    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Where the hall's own web server listens now (null: the hall is down). */
    void to(String hallUrl) {
        hall = hallUrl == null ? null : URI.create(hallUrl);
    }

    private void pass(HttpExchange x) throws IOException {
        try (x; InputStream in = x.getRequestBody()) {
            byte[] body = in.readAllBytes();
            URI target = hall;
            if (target == null) {
                answer(x, 502, "text/html", "<h1>502 Bad Gateway</h1>".getBytes());
                return;
            }
            HttpRequest.Builder b = HttpRequest.newBuilder(target.resolve(x.getRequestURI().getRawPath()
                    + (x.getRequestURI().getRawQuery() == null ? "" : "?" + x.getRequestURI().getRawQuery())))
                    .timeout(Duration.ofSeconds(5))
                    .method(x.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(body));
            for (String h : PASSED) {
                String v = x.getRequestHeaders().getFirst(h);
                if (v != null) {
                    b.header(h, v);
                }
            }
            HttpResponse<byte[]> r;
            try {
                r = client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                answer(x, 502, "text/html", "<h1>502 Bad Gateway</h1>".getBytes());
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                answer(x, 502, "text/html", new byte[0]);
                return;
            }
            answer(x, r.statusCode(), r.headers().firstValue("Content-Type").orElse("application/octet-stream"), r.body());
        }
    }

    private static void answer(HttpExchange x, int status, String type, byte[] body) throws IOException {
        x.getResponseHeaders().set("Content-Type", type);
        x.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
