package hallq.kiosk.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import hallq.protocol.Channel;
import hallq.protocol.Priority;
import hallq.protocol.Zone;
import hallq.protocol.mqtt.MqttLogin;
import hallq.protocol.rest.CheckInRequest;
import hallq.protocol.rest.IssueTicketRequest;
import hallq.protocol.rest.PersonDayView;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The HTTP client against a real HTTP server on port 0 answering as the controller does. */
class HttpControllerClientTest {

    private HttpServer server;
    private HttpControllerClient client;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private volatile int issueStatus = 201;
    private volatile String issueBody;
    private volatile int checkInStatus = 201;
    private volatile String checkInBody = TICKET;
    private volatile int personStatus = 200;
    private volatile String personBody = """
            {"items":[{"kind":"APPOINTMENT","hallId":"baiyun","hallName":"白云街道便民服务中心","here":false,
              "serviceId":"SB","date":"2025-03-03","time":"10:30","status":"BOOKED","receipt":null,"matterName":null},
             {"kind":"HANDOVER","hallId":"hall-1","hallName":"天河政务中心","here":true,"serviceId":null,
              "date":"2025-03-01","time":null,"status":"RESULT_READY","receipt":"R-1","matterName":"营业执照变更",
              "someNewField":1}],
             "city":true}""";

    private static final String TICKET = """
            {"id":1,"number":"A001","token":"tok123456789012345678","businessDate":"2025-03-03","serviceId":"HJ",
             "serviceName":"户籍办理","channel":"KIOSK","priority":"NORMAL","status":"WAITING",
             "issuedAt":"2025-03-03T10:00:00+08:00","peopleAhead":0,"predictedWaitMinutes":4.5,
             "predictedWaitP90Minutes":9.0,"window":null,"windowName":null,"calledAt":null,"callCount":0,
             "events":null,"someNewField":true}""";

    @BeforeEach
    void start() throws IOException {
        issueBody = TICKET;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/v1/services", ex -> reply(ex, 200, """
                [{"id":"HJ","name":"户籍办理","nameEn":"Household registration","prefix":"A","zone":"LICENSING",
                  "waiting":3,"servingWindows":2.5,"predictedWaitMinutes":7.5,"predictedWaitP90Minutes":14.0,
                  "targetWaitMinutes":20,"issuedToday":10,"dailyCap":400,"accepting":true,"closedReason":null}]"""));
        server.createContext("/api/v1/tickets", ex -> {
            authorizations.add(String.valueOf(ex.getRequestHeaders().getFirst("Authorization")));
            requests.add(ex.getRequestMethod() + " " + ex.getRequestURI().getPath() + " "
                    + new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            if (ex.getRequestURI().getPath().endsWith("/void")) {
                reply(ex, 200, TICKET);
            } else {
                reply(ex, issueStatus, issueBody);
            }
        });
        server.createContext("/api/v1/appointments/check-in", ex -> {
            requests.add(ex.getRequestMethod() + " " + ex.getRequestURI().getPath() + " "
                    + new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            reply(ex, checkInStatus, checkInBody);
        });
        server.createContext("/api/v1/person/today", ex -> {
            authorizations.add(String.valueOf(ex.getRequestHeaders().getFirst("Authorization")));
            requests.add(ex.getRequestMethod() + " " + ex.getRequestURI().getPath() + " "
                    + new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            reply(ex, personStatus, personBody);
        });
        server.start();
        client = new HttpControllerClient(URI.create("http://127.0.0.1:" + server.getAddress().getPort()),
                Duration.ofSeconds(2), new MqttLogin("kiosk-1", "pass:word-1"));
    }

    private static void reply(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
        ex.close();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void services_ok_readsLiveViews() throws Exception {
        var s = client.services().get(0);
        assertEquals(Zone.LICENSING, s.zone());
        assertEquals(3, s.waiting());
        assertEquals(7.5, s.predictedWaitMinutes());
    }

    @Test
    void issue_created_sendsRequestIdAndReadsTicket() throws Exception {
        var t = client.issue(new IssueTicketRequest("HJ", "kiosk-1:abc12345", Channel.KIOSK, Priority.GREEN_CHANNEL,
                null, "kiosk-1"));
        assertEquals("A001", t.number());
        assertTrue(requests.get(0).startsWith("POST /api/v1/tickets {"));
        assertTrue(requests.get(0).contains("\"clientRequestId\":\"kiosk-1:abc12345\""));
        assertTrue(requests.get(0).contains("\"priority\":\"GREEN_CHANNEL\""));
    }

    @Test
    void issueAndVoid_sendTheKioskLoginAsHttpBasic() throws Exception {
        client.issue(new IssueTicketRequest("HJ", "kiosk-1:abc12345", Channel.KIOSK, Priority.NORMAL, null, "kiosk-1"));
        client.voidTicket("tok123456789012345678", "not printed");
        String expected = "Basic " + Base64.getEncoder().encodeToString(
                "kiosk-1:pass:word-1".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(expected, expected), authorizations);
    }

    @Test
    void issue_401_isRejectedAsNotAdmitted() {
        issueStatus = 401;
        issueBody = "{\"status\":401,\"code\":\"DEVICE_UNAUTHENTICATED\",\"message\":\"only the hall's kiosks\"}";
        ControllerException e = assertThrows(ControllerException.class, () -> client.issue(
                new IssueTicketRequest("HJ", "kiosk-1:abc12345", Channel.KIOSK, Priority.NORMAL, null, "kiosk-1")));
        assertEquals("DEVICE_UNAUTHENTICATED", e.problem().code());
    }

    @Test
    void issue_409Limit_isRejectedWithProblem() {
        issueStatus = 409;
        issueBody = "{\"status\":409,\"code\":\"LIMIT\",\"message\":\"户籍办理 has issued today's 400 tickets\"}";
        ControllerException e = assertThrows(ControllerException.class,
                () -> client.issue(new IssueTicketRequest("HJ", "kiosk-1:abc12345", null, null, null, null)));
        assertEquals(false, e.unreachable());
        assertEquals("LIMIT", e.problem().code());
    }

    @Test
    void checkIn_created_postsCodeAndReadsTicket() throws Exception {
        var t = client.checkIn(new CheckInRequest("83105527", null, "kiosk-1", "kiosk-1:abc12345"));
        assertEquals("A001", t.number());
        assertTrue(requests.get(0).startsWith("POST /api/v1/appointments/check-in {"), requests.get(0));
        assertTrue(requests.get(0).contains("\"code\":\"83105527\""));
        assertTrue(requests.get(0).contains("\"clientRequestId\":\"kiosk-1:abc12345\""));
    }

    @Test
    void checkIn_sameRequestAgain200_readsTheSameTicket() throws Exception {
        checkInStatus = 200;
        assertEquals("A001", client.checkIn(new CheckInRequest(null, "440306199003071232", "kiosk-1",
                "kiosk-1:abc12345")).number());
    }

    @Test
    void checkIn_409TooEarly_isRejectedWithItsCode() {
        checkInStatus = 409;
        checkInBody = "{\"status\":409,\"code\":\"TOO_EARLY\",\"message\":\"check-in opens at 10:30\"}";
        ControllerException e = assertThrows(ControllerException.class,
                () -> client.checkIn(new CheckInRequest("83105527", null, "kiosk-1", "kiosk-1:abc12345")));
        assertEquals("TOO_EARLY", e.problem().code());
    }

    @Test
    void checkInRequest_toString_masksTheIdNumber() {
        assertEquals("CheckInRequest[code=null, idNumber=4403**********1232, device=kiosk-1, clientRequestId=r-12345678]",
                new CheckInRequest(null, "440306199003071232", "kiosk-1", "r-12345678").toString());
    }

    @Test
    void personToday_postsTheNumberWithTheKioskLogin_andReadsTheItems() throws Exception {
        PersonDayView day = client.personToday("440306199003071232");
        assertEquals("POST /api/v1/person/today {\"idNumber\":\"440306199003071232\"}", requests.get(0));
        assertTrue(authorizations.get(0).startsWith("Basic "));
        assertTrue(day.city());
        assertEquals(2, day.items().size());
        PersonDayView.Item a = day.items().get(0);
        assertEquals(PersonDayView.Item.APPOINTMENT, a.kind());
        assertEquals("白云街道便民服务中心", a.hallName());
        assertEquals(LocalTime.of(10, 30), a.time());
        assertEquals(LocalDate.of(2025, 3, 3), a.date());
        assertEquals("RESULT_READY", day.items().get(1).status());
        assertTrue(day.items().get(1).here());
    }

    @Test
    void personToday_400_isRejectedWithItsCode() {
        personStatus = 400;
        personBody = "{\"status\":400,\"code\":\"INVALID\",\"message\":\"idNumber: not a resident ID\"}";
        ControllerException e = assertThrows(ControllerException.class, () -> client.personToday("123"));
        assertEquals("INVALID", e.problem().code());
        assertEquals(false, e.unreachable());
    }

    @Test
    void voidTicket_postsToTokenPath() throws Exception {
        client.voidTicket("tok123456789012345678", "not printed: PAPER_OUT");
        assertEquals("POST /api/v1/tickets/tok123456789012345678/void {\"reason\":\"not printed: PAPER_OUT\"}",
                requests.get(0));
    }

    @Test
    void services_serverGone_isUnreachable() {
        server.stop(0);
        ControllerException e = assertThrows(ControllerException.class, () -> client.services());
        assertTrue(e.unreachable());
    }
}
