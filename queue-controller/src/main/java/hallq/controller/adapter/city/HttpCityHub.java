package hallq.controller.adapter.city;

import com.fasterxml.jackson.databind.ObjectMapper;
import hallq.controller.service.CityRelay;
import hallq.protocol.Json;
import hallq.protocol.city.IngestAck;
import hallq.protocol.city.IngestBatch;
import hallq.protocol.city.PersonToday;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * The city hub over HTTP(S): {@code GET}/{@code POST /api/v1/ingest} with the hall's own login
 * (HTTP Basic; use an https:// URL off the hall's own network: the JDK's trust store checks the hub's
 * certificate). Every answer but 200 is a {@link CityRelay.LinkProblem} naming the status and the hub's message.
 */
public final class HttpCityHub implements CityRelay.Hub {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** A citizen waits at a kiosk or on the booking page: the city's word is worth this much, no more. */
    private static final Duration ASK_TIMEOUT = Duration.ofMillis(1_500);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = Json.lenient();
    private final URI ingest;
    private final String base;
    private final String authorization;

    public HttpCityHub(String baseUrl, String hallId, String password) {
        if (baseUrl == null || !(baseUrl.startsWith("http://") || baseUrl.startsWith("https://"))) {
            throw new IllegalArgumentException("city hub URL: http:// or https://, not " + baseUrl);
        }
        this.base = baseUrl.replaceAll("/+$", "");
        this.ingest = URI.create(base + "/api/v1/ingest");
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((hallId + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public IngestAck holds() throws CityRelay.LinkProblem {
        return exchange(HttpRequest.newBuilder(ingest).GET());
    }

    @Override
    public IngestAck send(IngestBatch batch) throws CityRelay.LinkProblem {
        byte[] body;
        try {
            body = json.writeValueAsBytes(batch);
        } catch (IOException e) {
            throw new CityRelay.LinkProblem("cannot write a batch: " + e.getMessage(), e);
        }
        return exchange(HttpRequest.newBuilder(ingest).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /**
     * The halls the hub proposes for a handover of {@code serviceId} from this hall, best first, as the
     * hub's JSON (a list of {hallId, name, level, reason, km}).
     */
    @Override
    public String proposals(String serviceId) throws CityRelay.LinkProblem {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/api/v1/handovers/propose?service="
                + java.net.URLEncoder.encode(serviceId, StandardCharsets.UTF_8))).GET();
        return new String(call(request), StandardCharsets.UTF_8);
    }

    @Override
    public PersonToday person(PersonToday.Query query) throws CityRelay.LinkProblem {
        try {
            byte[] answer = call(HttpRequest.newBuilder(URI.create(base + "/api/v1/city/person"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(query))), ASK_TIMEOUT);
            return json.readValue(answer, PersonToday.class);
        } catch (IOException e) {
            throw new CityRelay.LinkProblem("hub answered something that is not a person's day: " + e.getMessage(), e);
        }
    }

    private IngestAck exchange(HttpRequest.Builder request) throws CityRelay.LinkProblem {
        byte[] body = call(request);
        try {
            return json.readValue(body, IngestAck.class);
        } catch (IOException e) {
            String text = new String(body, StandardCharsets.UTF_8);
            throw new CityRelay.LinkProblem("hub answered something that is not an acknowledgement: "
                    + text.substring(0, Math.min(200, text.length())), e);
        }
    }

    private byte[] call(HttpRequest.Builder request) throws CityRelay.LinkProblem {
        return call(request, TIMEOUT);
    }

    private byte[] call(HttpRequest.Builder request, Duration timeout) throws CityRelay.LinkProblem {
        HttpResponse<byte[]> r;
        try {
            r = http.send(request.timeout(timeout).header("Authorization", authorization).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new CityRelay.LinkProblem("hub " + ingest.getHost() + ":" + ingest.getPort() + " unreachable: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CityRelay.LinkProblem("interrupted", e);
        }
        String text = new String(r.body(), StandardCharsets.UTF_8);
        if (r.statusCode() != 200) {
            throw new CityRelay.LinkProblem("hub answered " + r.statusCode() + ": " + message(text), null);
        }
        return r.body();
    }

    private String message(String body) {
        try {
            return json.readTree(body).path("message").asText(body);
        } catch (IOException e) {
            return body.substring(0, Math.min(200, body.length()));
        }
    }
}
