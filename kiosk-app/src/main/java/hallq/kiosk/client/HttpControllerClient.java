package hallq.kiosk.client;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import hallq.protocol.Json;
import hallq.protocol.mqtt.MqttLogin;
import hallq.protocol.rest.CheckInRequest;
import hallq.protocol.rest.IssueTicketRequest;
import hallq.protocol.rest.PersonDayView;
import hallq.protocol.rest.Problem;
import hallq.protocol.rest.ServiceView;
import hallq.protocol.rest.TicketView;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link ControllerClient} over the controller's REST API (java.net.http, JSON). */
public final class HttpControllerClient implements ControllerClient {

    private static final Logger log = LoggerFactory.getLogger(HttpControllerClient.class);
    private static final TypeReference<List<ServiceView>> SERVICES = new TypeReference<>() { };

    private final URI base;
    private final Duration timeout;
    private final HttpClient http;
    private final ObjectMapper json = Json.lenient();
    private final String authorization;

    /**
     * A client of the controller at {@code base}. Issuing, voiding, checking in and the person's
     * day need the kiosk's {@code login} (its device account, sent as HTTP Basic); reads do not.
     */
    public HttpControllerClient(URI base, Duration timeout, MqttLogin login) {
        String text = base.toString();
        this.base = URI.create(text.endsWith("/") ? text : text + "/");
        this.timeout = timeout;
        this.authorization = login.httpAuthorization();
        this.http = HttpClient.newBuilder().connectTimeout(timeout).version(HttpClient.Version.HTTP_1_1).build();
    }

    @Override
    public List<ServiceView> services() throws ControllerException {
        return call(HttpRequest.newBuilder(base.resolve("api/v1/services")).GET(), SERVICES);
    }

    @Override
    public TicketView issue(IssueTicketRequest request) throws ControllerException {
        return call(post("api/v1/tickets", request), new TypeReference<TicketView>() { });
    }

    @Override
    public TicketView checkIn(CheckInRequest request) throws ControllerException {
        return call(post("api/v1/appointments/check-in", request), new TypeReference<TicketView>() { });
    }

    @Override
    public PersonDayView personToday(String idNumber) throws ControllerException {
        return call(post("api/v1/person/today", new PersonDayView.Question(idNumber)), new TypeReference<PersonDayView>() { });
    }

    @Override
    public TicketView pickup(String handoverToken) throws ControllerException {
        String path = "api/v1/handover-track/" + URLEncoder.encode(handoverToken, StandardCharsets.UTF_8) + "/pickup-ticket";
        return call(post(path, Map.of()), new TypeReference<TicketView>() { });
    }

    @Override
    public TicketView voidTicket(String token, String reason) throws ControllerException {
        String path = "api/v1/tickets/" + URLEncoder.encode(token, StandardCharsets.UTF_8) + "/void";
        return call(post(path, Map.of("reason", reason)), new TypeReference<TicketView>() { });
    }

    private HttpRequest.Builder post(String path, Object body) throws ControllerException {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)));
            return authorization == null ? b : b.header("Authorization", authorization);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + body, e);
        }
    }

    private <T> T call(HttpRequest.Builder builder, TypeReference<T> type) throws ControllerException {
        HttpRequest request = builder.timeout(timeout).header("Accept", "application/json").build();
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            log.warn("controller {} unreachable: {} {}", base, request.method(), e.toString());
            throw ControllerException.unreachable("controller " + base + " unreachable: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ControllerException.unreachable("interrupted while calling the controller", e);
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            try {
                return json.readValue(response.body(), type);
            } catch (IOException e) {
                throw ControllerException.unreachable("unreadable answer from " + request.uri() + ": " + e, e);
            }
        }
        Problem problem = problem(status, response.body());
        if (status == 401) {
            log.error("the controller refused this kiosk's login ({}): check --login and --password-file against "
                    + "./hall controller mqtt-client list", problem.message());
            throw ControllerException.rejected(problem);
        }
        log.info("controller refused {} {}: {} {}", request.method(), request.uri().getPath(), problem.code(),
                problem.message());
        throw ControllerException.rejected(problem);
    }

    private Problem problem(int status, byte[] body) {
        try {
            Problem p = json.readValue(body, Problem.class);
            if (p != null && p.code() != null) {
                return p;
            }
        } catch (IOException e) {
            log.debug("no problem body with HTTP {}", status);
        }
        return new Problem(status, status >= 500 ? "UNAVAILABLE" : "HTTP_" + status, "HTTP " + status);
    }
}
