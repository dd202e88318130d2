package hallq.controller.adapter.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import hallq.controller.core.ProvincialRating;
import hallq.controller.service.RatingSink;
import hallq.protocol.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * The province's 好差评 platform over HTTP(S): each batch is POSTed as a JSON array, with the
 * platform's token when one is configured; a 2xx answer means every record is kept there. The
 * platform knows a record by its {@code recordId} (idempotent), so a batch sent again after a lost
 * answer changes nothing there. Anything else is a failure the export retries, backing off.
 */
public final class HttpRatingSink implements RatingSink {
    private static final ObjectMapper JSON = Json.strict();
    private final URI url;
    private final String token;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** {@code token}: sent as {@code Authorization: Bearer …}; null for none. */
    public HttpRatingSink(URI url, String token) {
        this.url = url;
        this.token = token;
    }

    @Override
    public String name() {
        return "http";
    }

    @Override
    public void deliver(List<ProvincialRating> records) throws IOException {
        HttpRequest.Builder b = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(records)));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> r;
        try {
            r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while sending to " + url, e);
        }
        if (r.statusCode() / 100 != 2) {
            String body = r.body() == null ? "" : r.body().strip();
            throw new IOException(url + " answered " + r.statusCode()
                    + (body.isEmpty() ? "" : ": " + body.substring(0, Math.min(200, body.length()))));
        }
    }
}
