package hallq.controller.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hallq.controller.adapter.http.KioskLogins;
import hallq.controller.app.Controller;
import hallq.controller.core.WindowAction;
import hallq.controller.mqttauth.MqttRole;
import hallq.controller.testing.Http;
import hallq.controller.testing.TestHall;
import hallq.protocol.Json;
import hallq.protocol.mqtt.MqttLogin;
import hallq.protocol.testing.MutableClock;
import hallq.protocol.testing.Nasty;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Property test of the whole REST API against one real controller (SQLite file, embedded broker,
 * Javalin on loopback), each case reproducible from its seed: a random request to any endpoint —
 * malformed JSON, wrong types, unknown fields, huge strings, odd Unicode, numbers and dates out of
 * range, broken percent escapes, bytes that are not UTF-8, lying charsets, unknown methods — is
 * never answered with a 5xx; every 4xx is a problem body {status, code, message} with a message;
 * and a rejected request changes nothing: every row of the SQLite file and the hall, policy, alert
 * and device state held in memory are the same before and after.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RestFuzzIT {
    private static final ObjectMapper JSON = Json.lenient();
    private final MutableClock clock = MutableClock.mondayAt(10, 0);
    private Controller controller;
    private Path db;
    private RawHttp raw;
    private final List<String> tokens = new ArrayList<>();
    private final List<String> numbers = new ArrayList<>();
    private final List<String> appointmentTokens = new ArrayList<>();
    private final List<String> idNumbers = List.of("11010519491231002X", "440524188001010014");
    private String session;
    private String kioskLogin;
    private int accepted;
    private int rejected;
    private final Map<Integer, Integer> statuses = new TreeMap<>();

    /** What a request carries in its body. */
    private enum Body { NONE, ISSUE, WINDOW, RATING, VOID, BOOKING, CHECK_IN, QUOTA, POLICY, WORK_ORDER, SKILLS, LOGIN,
        ASSIGN }

    private record Endpoint(String method, String path, List<String> query, Body body) {
        /** Pages for people answer in HTML, errors too. */
        boolean page() {
            return path.startsWith("/guide/") || path.startsWith("/t/") || path.startsWith("/a/") || path.startsWith("/staff");
        }
    }

    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("GET", "/health", List.of(), Body.NONE),
            new Endpoint("GET", "/metrics", List.of(), Body.NONE),
            new Endpoint("GET", "/api/v1/openapi.yaml", List.of(), Body.NONE),
            new Endpoint("GET", "/api/v1/devices", List.of(), Body.NONE),
            new Endpoint("GET", "/api/v1/services", List.of(), Body.NONE),
            new Endpoint("GET", "/api/v1/services/{service}", List.of(), Body.NONE),
            new Endpoint("GET", "/api/v1/services/{service}/guide", List.of(), Body.NONE),
            new Endpoint("GET", "/guide/{service}", List.of("lang"), Body.NONE),
            new Endpoint("POST", "/api/v1/tickets", List.of(), Body.ISSUE),
            new Endpoint("GET", "/api/v1/tickets", List.of("number"), Body.NONE),
            new Endpoint("GET", "/api/v1/tickets/{token}", List.of(), Body.NONE),
            new Endpoint("POST", "/api/v1/tickets/{token}/void", List.of(), Body.VOID),
            new Endpoint("POST", "/api/v1/tickets/{token}/rating", List.of(), Body.RATING),
            new Endpoint("GET", "/api/v1/ratings", List.of("date"), Body.NONE),
            new Endpoint("GET", "/api/v1/windows", List.of(), Body.NONE),
            new Endpoint("GET", "/api/v1/windows/{window}", List.of(), Body.NONE),
            new Endpoint("POST", "/api/v1/windows/{window}/{action}", List.of(), Body.WINDOW),
            new Endpoint("PUT", "/api/v1/windows/{window}/skills", List.of(), Body.SKILLS),
            new Endpoint("GET", "/api/v1/hall", List.of(), Body.NONE),
            new Endpoint("GET", "/api/v1/policy", List.of(), Body.NONE),
            new Endpoint("PUT", "/api/v1/policy", List.of(), Body.POLICY),
            new Endpoint("POST", "/api/v1/policy/proposals/{id}/{verdict}", List.of(), Body.NONE),
            new Endpoint("GET", "/api/v1/alerts", List.of("limit"), Body.NONE),
            new Endpoint("GET", "/api/v1/appointments/slots", List.of("service", "date"), Body.NONE),
            new Endpoint("POST", "/api/v1/appointments", List.of(), Body.BOOKING),
            new Endpoint("POST", "/api/v1/appointments/check-in", List.of(), Body.CHECK_IN),
            new Endpoint("PUT", "/api/v1/appointments/quotas", List.of(), Body.QUOTA),
            new Endpoint("GET", "/api/v1/appointments/{appointment}", List.of(), Body.NONE),
            new Endpoint("POST", "/api/v1/appointments/{appointment}/cancel", List.of(), Body.NONE),
            new Endpoint("GET", "/api/v1/reports/daily", List.of("date", "format"), Body.NONE),
            new Endpoint("GET", "/api/v1/reports/daily.csv", List.of("date"), Body.NONE),
            new Endpoint("GET", "/api/v1/reports/daily.png", List.of("date", "chart"), Body.NONE),
            new Endpoint("GET", "/api/v1/reports/monthly", List.of("month", "format"), Body.NONE),
            new Endpoint("GET", "/api/v1/reports/monthly.csv", List.of("month"), Body.NONE),
            new Endpoint("GET", "/api/v1/reports/monthly.png", List.of("month", "chart"), Body.NONE),
            new Endpoint("GET", "/api/v1/reports/timeline", List.of("date", "step"), Body.NONE),
            new Endpoint("GET", "/api/v1/work-orders", List.of("from", "to"), Body.NONE),
            new Endpoint("GET", "/api/v1/work-orders.csv", List.of("from", "to"), Body.NONE),
            new Endpoint("GET", "/api/v1/work-orders/{id}", List.of(), Body.NONE),
            new Endpoint("POST", "/api/v1/work-orders/{id}/{step}", List.of(), Body.WORK_ORDER),
            new Endpoint("POST", "/api/v1/auth/login", List.of(), Body.LOGIN),
            new Endpoint("POST", "/api/v1/auth/logout", List.of(), Body.NONE),
            new Endpoint("GET", "/api/v1/auth/me", List.of(), Body.NONE),
            new Endpoint("GET", "/api/v1/audit", List.of("limit"), Body.NONE),
            new Endpoint("GET", "/api/v1/staff", List.of(), Body.NONE),
            new Endpoint("PUT", "/api/v1/staff/{user}/windows", List.of(), Body.ASSIGN),
            new Endpoint("GET", "/api/v1/windows/{window}/upcoming", List.of(), Body.NONE),
            new Endpoint("GET", "/api/v1/supervision", List.of("date"), Body.NONE),
            new Endpoint("GET", "/t/{token}", List.of(), Body.NONE),
            new Endpoint("GET", "/a/{appointment}", List.of(), Body.NONE),
            new Endpoint("GET", "/staff/window/{window}", List.of(), Body.NONE));

    @BeforeAll
    void startHallWithTicketsCallsAndABooking() throws Exception {
        Path data = TestHall.newDataDir();
        db = data.resolve("hallq.db");
        controller = TestHall.start(data, clock);
        raw = new RawHttp(controller.httpPort());
        RawHttp.Response login = raw.send("127.0.0.1", "POST", "/api/v1/auth/login".getBytes(StandardCharsets.US_ASCII),
                Map.of("Content-Type", "application/json"), ("{\"user\":\"" + TestHall.MANAGER + "\",\"password\":\""
                        + TestHall.PASSWORD + "\"}").getBytes(StandardCharsets.UTF_8));
        assertEquals(200, login.status(), login.text());
        session = login.headers().get("set-cookie").split(";")[0];
        MqttLogin kiosk = TestHall.login(controller, TestHall.KIOSK, MqttRole.KIOSK, null);
        kioskLogin = KioskLogins.header(kiosk.username(), kiosk.password());
        Http http = Http.manager(controller.httpPort());
        String[] services = {"HJ", "SB", "QY", "HJ", "SB", "CR", "HJ", "JT"};
        for (int i = 0; i < services.length; i++) {
            JsonNode t = http.issue(services[i], "fuzz-setup-" + i).json();
            tokens.add(t.get("token").asText());
            numbers.add(t.get("number").asText());
        }
        assertEquals(200, http.post("/api/v1/windows/5/call-next", null).status());
        assertEquals(200, http.post("/api/v1/windows/5/start", null).status());
        assertEquals(200, http.post("/api/v1/windows/18/call-next", null).status());
        assertEquals(200, http.post("/api/v1/windows/18/complete", null).status());
        Http.Response slots = http.get("/api/v1/appointments/slots?service=HJ&date=2026-11-24");
        String slot = slots.json().get(0).get("start").asText();
        Http.Response booked = http.post("/api/v1/appointments", "{\"serviceId\":\"HJ\",\"date\":\"2026-11-24\","
                + "\"slot\":\"" + slot + "\",\"idNumber\":\"" + idNumbers.get(1) + "\"}");
        assertEquals(201, booked.status(), booked.body());
        appointmentTokens.add(booked.json().get("token").asText());
    }

    @AfterAll
    void stop() {
        if (controller != null) {
            controller.close();
        }
        System.out.printf("REST fuzz: %d accepted, %d rejected, statuses %s%n", accepted, rejected, statuses);
    }

    /** Found by the property: Jetty answered these with its HTML error page, not a problem body. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api/v1/windows/5%00", "/api/v1/services/%FF%FE",
        "/api/v1/services/%ZZ", "/api/v1/windows/30/%ED%A0%80"})
    void uriJettyRefuses_isAProblemBody(String target) throws Exception {
        RawHttp.Response res = raw.send("127.0.0.1", "POST", target.getBytes(StandardCharsets.US_ASCII), Map.of(), null);
        assertEquals(400, res.status(), res.text());
        JsonNode problem = JSON.readTree(res.body());
        assertEquals(400, problem.path("status").asInt(), res.headers() + " " + res.text());
        assertEquals("INVALID", problem.get("code").asText());
        assertTrue(problem.get("message").asText().startsWith("the request is malformed"), res.text());
    }

    /** Found by the property: an unknown charset in the Content-Type was a 500. */
    @Test
    void unknownCharset_is400() throws Exception {
        RawHttp.Response res = raw.send("127.0.0.1", "PUT", "/api/v1/appointments/quotas".getBytes(StandardCharsets.US_ASCII),
                Map.of("Content-Type", "application/json; charset=no-such-charset", "Cookie", session), "{\"serviceId\":\"HJ\"}".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, res.status(), res.text());
        assertEquals("the Content-Type names a charset this service does not know; send UTF-8",
                JSON.readTree(res.body()).get("message").asText());
    }

    /** Found by the property: a 3,000-character service id came back whole in the message. */
    @Test
    void hugeValue_isCutInTheMessage() throws Exception {
        String id = "%E9%95%BF".repeat(500);
        RawHttp.Response res = raw.send("127.0.0.1", "GET", ("/api/v1/services/" + id).getBytes(StandardCharsets.US_ASCII),
                Map.of(), null);
        assertEquals(404, res.status(), res.text());
        String message = JSON.readTree(res.body()).get("message").asText();
        assertTrue(message.startsWith("unknown service '长长") && message.endsWith("…") && message.length() == 301, message);
    }

    /** Found by the property: a date in year -999999999 overflowed the report's time arithmetic (500). */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api/v1/reports/daily.csv?date=-999999999-01-01",
        "/api/v1/reports/monthly?month=%2B999999999-12", "/api/v1/ratings?date=%2B999999999-12-31",
        "/api/v1/work-orders?from=-999999999-01-01"})
    void dateOutOfEveryRange_is400(String target) throws Exception {
        RawHttp.Response res = raw.send("127.0.0.1", "GET", target.getBytes(StandardCharsets.US_ASCII),
                Map.of("Cookie", session), null);
        assertEquals(400, res.status(), res.text());
        assertTrue(JSON.readTree(res.body()).get("message").asText().contains("must be between 2000-01-01 and 2100-12-31"),
                res.text());
    }

    static LongStream cases() {
        return Nasty.seeds(300, 7);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("cases")
    void anyRequest_neverA5xx_andARejectionChangesNothing(long seed) throws Exception {
        Random r = new Random(seed);
        Endpoint e = ENDPOINTS.get(r.nextInt(ENDPOINTS.size()));
        String method = r.nextInt(25) == 0 ? List.of("DELETE", "PATCH", "PUT", "POST", "GET", "OPTIONS", "FOO")
                .get(r.nextInt(7)) : e.method();
        byte[] target = target(r, e);
        byte[] body = body(r, e.body(), seed);
        Map<String, String> headers = new LinkedHashMap<>();
        if (body != null || r.nextBoolean()) {
            headers.put("Content-Type", r.nextInt(6) > 0 ? "application/json" : List.of("text/plain",
                    "application/json; charset=GBK", "application/json; charset=no-such-charset",
                    "application/x-www-form-urlencoded", "multipart/form-data").get(r.nextInt(5)));
        }
        int who = r.nextInt(20);
        if (who < 16 && !e.path().equals("/api/v1/auth/logout")) {
            headers.put("Cookie", session); // a manager's session: the request reaches the route's own checks
        } else if (who < 18) {
            headers.put("Cookie", "HALLQ_SESSION=" + escape(r, Nasty.text(r, List.of("x", session))));
        }
        if (r.nextInt(6) == 0) { // a kiosk's login, or something posing as one
            headers.put("Authorization", r.nextBoolean() ? kioskLogin : List.of("Basic " + escape(r, Nasty.text(r,
                    List.of("a2lvc2s6eA==", "%%"))), kioskLogin + "x", "Bearer " + kioskLogin, "Basic ",
                    KioskLogins.header(Nasty.text(r, List.of(TestHall.KIOSK)), Nasty.text(r, List.of("pw"))))
                    .get(r.nextInt(5)).replaceAll("[\r\n\u0000]", ""));
        }
        if (r.nextInt(30) == 0) {
            headers.put("Origin", List.of("http://evil.example", "null", "http://127.0.0.1:1", "%%").get(r.nextInt(4)));
        }
        if (r.nextInt(5) == 0) {
            headers.put("X-HallQ-Actor", Nasty.text(r, List.of("王芳", "manager")).replaceAll("[\r\n\u0000]", ""));
        }
        // a different loopback address for each case: the booking rate limit is per address
        String from = "127.0." + (1 + r.nextInt(250)) + "." + (1 + r.nextInt(250));

        String before = StoreSnapshot.of(db, controller.service());
        RawHttp.Response res = raw.send(from, method, target, headers, body);
        String what = method + " " + Nasty.shown(new String(target, StandardCharsets.UTF_8)) + " "
                + headers + (body == null ? "" : " body " + Nasty.shown(new String(body, StandardCharsets.UTF_8)));
        statuses.merge(res.status(), 1, Integer::sum);

        assertTrue(res.status() < 500, what + "\n -> " + res.status() + " " + Nasty.shown(res.text()));
        if (res.status() < 400) {
            accepted++;
            return;
        }
        rejected++;
        String after = StoreSnapshot.of(db, controller.service());
        assertEquals(before, after, what + "\n -> " + res.status() + " " + Nasty.shown(res.text())
                + "\n changed " + StoreSnapshot.firstDifference(before, after));
        if (e.page() && res.headers().getOrDefault("content-type", "").startsWith("text/html")) {
            assertFalse(res.text().isBlank(), what);
            return; // pages (the printable guide, a citizen's ticket) answer in HTML, for people
        }
        JsonNode problem;
        try {
            problem = JSON.readTree(res.body());
        } catch (Exception x) {
            throw new AssertionError(what + "\n -> " + res.status() + " is not a JSON problem body: "
                    + Nasty.shown(res.text()) + " " + res.headers());
        }
        assertEquals(res.status(), problem.path("status").asInt(), what + " -> " + Nasty.shown(res.text()));
        assertFalse(problem.path("code").asText().isBlank(), what + " -> " + Nasty.shown(res.text()));
        String message = problem.path("message").asText();
        assertFalse(message.isBlank(), what + " -> " + Nasty.shown(res.text()));
        assertTrue(message.length() <= 400, what + " -> a message of " + message.length() + " chars");
        for (String id : idNumbers) {
            assertFalse(message.contains(id), what + " -> the message repeats an ID number: " + message);
        }
    }

    private byte[] target(Random r, Endpoint e) {
        StringBuilder path = new StringBuilder();
        for (String segment : e.path().substring(1).split("/")) {
            path.append('/');
            if (!segment.startsWith("{") || r.nextInt(8) == 0 && !segment.equals("{window}")) {
                path.append(segment.startsWith("{") ? escape(r, Nasty.text(r, List.of()))
                        : r.nextInt(60) == 0 ? segment.toUpperCase() : segment);
                continue;
            }
            List<String> plausible = switch (segment) {
                case "{service}" -> List.of("HJ", "SB", "QY", "CJ", "ZX", "BCS", "hj", "XX");
                case "{token}" -> tokens;
                case "{appointment}" -> appointmentTokens;
                case "{window}" -> List.of("5", "18", "1", "27", "30", "31", "0", "05", "-5", "٥");
                case "{action}" -> Arrays.stream(WindowAction.values()).map(WindowAction::path).toList();
                case "{verdict}" -> List.of("approve", "reject", "APPROVE");
                case "{step}" -> List.of("accept", "return", "redispatch", "extend", "finish");
                case "{user}" -> List.of(TestHall.CLERK_5, TestHall.MANAGER, "nobody");
                default -> List.of("1", "2", "0", "999999999999", "-1");
            };
            path.append(escape(r, r.nextBoolean() ? plausible.get(r.nextInt(plausible.size())) : Nasty.text(r, plausible)));
        }
        if (r.nextInt(10) == 0) {
            path.append(List.of("/", "//", "/extra", "?", "#x", "/..", "%2F", ";x=1").get(r.nextInt(8)));
        }
        List<String> query = new ArrayList<>();
        for (String name : e.query()) {
            if (r.nextInt(3) > 0) {
                query.add(name + "=" + escape(r, Nasty.text(r, plausibleQuery(name))));
            }
        }
        if (r.nextInt(8) == 0) {
            query.add(escape(r, Nasty.odd(r, 2)) + "=" + escape(r, Nasty.odd(r, 2)));
        }
        if (r.nextInt(12) == 0 && !e.query().isEmpty()) {
            query.add(e.query().get(0) + "=" + escape(r, Nasty.text(r, plausibleQuery(e.query().get(0)))));
        }
        String target = path + (query.isEmpty() ? "" : "?" + String.join("&", query));
        return target.getBytes(StandardCharsets.US_ASCII);
    }

    private List<String> plausibleQuery(String name) {
        return switch (name) {
            case "date", "from", "to" -> List.of("2026-11-23", "2026-11-24", "2026-11-20", "2025-01-01", "2026-12-31");
            case "month" -> List.of("2026-11", "2026-10", "2026-13", "1999-01");
            case "step" -> List.of("5", "15", "60", "0", "61");
            case "format" -> List.of("json", "csv", "xml");
            case "chart" -> List.of("hours", "queue", "services", "windows", "days", "ratings", "pie");
            case "limit" -> List.of("1", "50", "999", "1000");
            case "number" -> numbers;
            case "service" -> List.of("HJ", "SB", "CJ", "XX");
            case "lang" -> List.of("zh", "en", "EN", "fr");
            default -> List.of();
        };
    }

    /** Percent-encodes {@code s} as UTF-8 (lone surrogates as invalid bytes); sometimes leaves a raw or broken escape. */
    private static String escape(Random r, String s) {
        StringBuilder b = new StringBuilder();
        for (byte x : Nasty.utf8(s)) {
            int c = x & 0xFF;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~".indexOf(c) >= 0) {
                b.append((char) c);
            } else {
                b.append('%').append(String.format("%02X", c));
            }
        }
        if (r.nextInt(15) == 0) {
            b.insert(r.nextInt(b.length() + 1), List.of("%", "%Z", "%ZZ", "%00", "%FF", "%C0%AE", "%2e%2e", "+")
                    .get(r.nextInt(8)));
        }
        return b.toString();
    }

    private byte[] body(Random r, Body kind, long seed) {
        if (kind == Body.NONE) {
            return r.nextInt(10) == 0 ? Nasty.brokenJson(r, "{\"x\":1}") : null;
        }
        ObjectNode valid = validBody(r, kind, seed);
        int k = r.nextInt(10);
        if (k == 0) {
            return r.nextBoolean() ? null : new byte[0];
        }
        if (k <= 2) {
            return Nasty.brokenJson(r, valid.toString());
        }
        List<String> fields = new ArrayList<>();
        valid.fieldNames().forEachRemaining(fields::add);
        for (int m = r.nextInt(4); m > 0 && !fields.isEmpty(); m--) {
            String f = fields.get(r.nextInt(fields.size()));
            switch (r.nextInt(6)) {
                case 0 -> valid.remove(f);
                case 1 -> valid.put(r.nextBoolean() ? "unknownField" : Nasty.odd(r, 2), 1);
                default -> valid.set(f, Nasty.value(r, plausibleField(f)));
            }
        }
        return Nasty.utf8(valid.toString());
    }

    private List<String> plausibleField(String field) {
        return switch (field) {
            case "serviceId", "toService" -> List.of("HJ", "SB", "QY", "CJ", "XX");
            case "ticket" -> numbers;
            case "idNumber" -> idNumbers;
            case "channel" -> List.of("KIOSK", "APPOINTMENT", "ONLINE", "COUNTER", "kiosk");
            case "priority" -> List.of("GREEN_CHANNEL", "URGENT", "APPOINTMENT", "NORMAL");
            case "mode" -> List.of("AUTOMATIC", "APPROVAL", "OFF");
            case "date" -> List.of("2026-11-24", "2026-11-23", "2026-11-28");
            case "slot" -> List.of("09:00", "09:30", "13:00", "25:00", "9:00");
            default -> List.of("20m", "PT5M", "1", "text");
        };
    }

    private ObjectNode validBody(Random r, Body kind, long seed) {
        ObjectNode o = JSON.createObjectNode();
        switch (kind) {
            case ISSUE -> {
                o.put("serviceId", List.of("HJ", "SB", "CJ", "ZX").get(r.nextInt(4)));
                o.put("clientRequestId", "fuzz-" + seed + "-req");
                if (r.nextBoolean()) {
                    o.put("priority", "GREEN_CHANNEL");
                }
                if (r.nextBoolean()) {
                    o.put("idNumber", idNumbers.get(r.nextInt(2)));
                }
                o.put("device", "kiosk-1");
            }
            case WINDOW -> {
                o.put("ticket", numbers.get(r.nextInt(numbers.size())));
                o.put("toService", "SB");
                o.put("toWindow", 18);
                o.put("clerk", "王芳");
                o.putArray("services").add("HJ").add("SB");
                o.put("reason", "材料不全");
                o.put("actor", "clerk-1");
            }
            case SKILLS -> o.putArray("services").add("HJ").add("SB");
            case RATING -> {
                o.put("score", 1 + r.nextInt(5));
                o.put("comment", "很好");
            }
            case VOID -> o.put("reason", "paper out");
            case BOOKING -> {
                o.put("serviceId", "HJ");
                o.put("date", "2026-11-24");
                o.put("slot", "09:30");
                o.put("idNumber", idNumbers.get(0));
                o.put("phone", "13800000000");
            }
            case CHECK_IN -> {
                o.put("code", "ABCDEFGH");
                o.put("idNumber", idNumbers.get(1));
                o.put("device", "kiosk-1");
                o.put("clientRequestId", "fuzz-" + seed + "-chk");
            }
            case QUOTA -> {
                o.put("serviceId", "HJ");
                o.put("date", "2026-11-24");
                o.put("slot", "09:00");
                o.put("quota", r.nextInt(20));
            }
            case POLICY -> {
                o.put("mode", "APPROVAL");
                o.put("openWhenPredictedWaitOver", "25m");
                o.put("closeWhenBelow", "5m");
                o.put("openWhenQueueLongerThan", 30);
                o.put("skillPreferenceMargin", 0.2);
            }
            case WORK_ORDER -> {
                o.put("text", "张科长");
                o.put("days", 3);
            }
            case LOGIN -> {
                o.put("user", r.nextBoolean() ? TestHall.CLERK_5 : "nobody");
                o.put("password", "not-the-password");
            }
            case ASSIGN -> o.putArray("windows").add(5).add(6);
            default -> {
            }
        }
        return o;
    }
}
