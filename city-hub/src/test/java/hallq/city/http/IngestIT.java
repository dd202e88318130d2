package hallq.city.http;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import hallq.city.app.Hub;
import hallq.city.core.CityReport;
import hallq.city.core.HallEntry;
import hallq.city.store.HubDatabase;
import hallq.city.store.Registry;
import hallq.city.store.ReportStore;
import hallq.protocol.Json;
import hallq.protocol.Zone;
import hallq.protocol.city.CityEvent;
import hallq.protocol.city.CityFact;
import hallq.protocol.city.HallLive;
import hallq.protocol.city.Handover;
import hallq.protocol.city.IngestBatch;
import hallq.protocol.rest.ServiceView;
import hallq.protocol.testing.TestDirs;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The ingest endpoint on a real hub and PostgreSQL: replays are no-ops, and every bad batch is a clear 4xx storing nothing. */
class IngestIT {
    private static final String PASSWORD = "a hall password 1";
    private static final Instant AT = Instant.parse("2026-12-02T02:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 12, 2);
    private static final ObjectMapper JSON = Json.strict();
    private static Hub hub;
    private static Path dataDir;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        dataDir = TestDirs.fresh("hub");
        hub = Hub.start(HubDatabase.privateCluster(dataDir), "127.0.0.1", 0, InstantSource.system());
        hub.registry().add(new HallEntry("city", "市政务服务中心", HallEntry.Level.CITY, null, null, null, null),
                PASSWORD.toCharArray());
        for (String id : List.of("a", "b", "c", "d")) {
            hub.registry().add(new HallEntry("street-" + id, "街道" + id, HallEntry.Level.TOWNSHIP, "city", null, null, null),
                    PASSWORD.toCharArray());
        }
    }

    @AfterAll
    static void stop() {
        hub.close();
    }

    private static List<CityEvent> events(long from, int n) {
        return events(from, n, AT, DAY);
    }

    private static List<CityEvent> events(long from, int n, Instant at, LocalDate day) {
        List<CityEvent> out = new ArrayList<>();
        for (long s = from; s < from + n; s++) {
            out.add(new CityEvent(s, at.plusSeconds(s), day, new CityFact.TicketStep(s, "A" + s, "ISSUED", "HJ", null,
                    "KIOSK", "NORMAL", 0, at.plusSeconds(s), null, null, null)));
        }
        return out;
    }

    private HttpResponse<String> post(String login, String password, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(hub.url() + "/api/v1/ingest"))
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json");
        if (login != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((login + ":" + password)
                    .getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String hall, IngestBatch batch) throws Exception {
        return post(hall, PASSWORD, JSON.writeValueAsString(batch));
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body());
    }

    @Test
    void everyEndpointSaysWhoMayCallIt_andThePublicOnesAreExactlyTheReviewedList() {
        List<String> endpoints = hub.endpoints();
        assertEquals(31, endpoints.size(), endpoints.toString());
        assertEquals(HubRoutes.PUBLIC, endpoints.stream().filter(e -> e.endsWith(" PUBLIC"))
                .map(e -> e.substring(0, e.length() - " PUBLIC".length())).toList());
        assertTrue(endpoints.contains("GET /api/v1/city/overview STAFF"));
        assertTrue(endpoints.contains("POST /api/v1/ingest HALL"));
        assertTrue(endpoints.contains("POST /api/v1/city/person HALL"), "a person's look-up: halls only");
        assertTrue(endpoints.contains("POST /api/v1/city/limits STAFF"));
        assertTrue(endpoints.contains("POST /api/v1/city/book/{hall} PUBLIC"), "city-wide booking: citizens");
    }

    @Test
    void theRegistryCommands_useTheRunningHubsDatabase() throws Exception {
        try (HubDatabase second = HubDatabase.privateCluster(dataDir)) { // what ./hall city hall … does
            assertTrue(second.description().startsWith("the running private PostgreSQL cluster"), second.description());
            new Registry(second).add(new HallEntry("street-late", "后来的街道", HallEntry.Level.TOWNSHIP, "city", null, null,
                    null), PASSWORD.toCharArray());
        }
        assertTrue(hub.registry().login("street-late").isPresent(), "the serving hub sees the hall added beside it");
        assertEquals(200, post("street-late", new IngestBatch("street-late", events(1, 1))).statusCode(),
                "and the hub still serves after the command closed its connections");
    }

    @Test
    void aReplayedBatch_isANoOp_andAnOverlappingOneStoresOnlyWhatIsNew() throws Exception {
        HttpResponse<String> first = post("street-a", new IngestBatch("street-a", events(1, 10)));
        assertEquals(200, first.statusCode(), first.body());
        assertEquals(10, json(first).get("stored").asInt());
        HttpResponse<String> again = post("street-a", new IngestBatch("street-a", events(1, 10)));
        assertEquals(0, json(again).get("stored").asInt());
        assertEquals(10, json(again).get("duplicates").asInt());
        HttpResponse<String> overlap = post("street-a", new IngestBatch("street-a", events(6, 10)));
        assertEquals(15, json(overlap).get("watermark").asLong());
        assertEquals(5, json(overlap).get("stored").asInt());
        assertEquals(15L, hub.events().countsByHall().get("street-a"));
    }

    @Test
    void badBatches_areClear4xxAndStoreNothing() throws Exception {
        assertEquals(200, post("street-b", new IngestBatch("street-b", events(1, 3))).statusCode());
        Map<String, HttpResponse<String>> refused = byName(
                "401 no login", post(null, null, JSON.writeValueAsString(new IngestBatch("street-b", events(4, 1)))),
                "401 wrong password", post("street-b", "not the password", JSON.writeValueAsString(
                        new IngestBatch("street-b", events(4, 1)))),
                "401 unknown hall", post("nowhere", PASSWORD, "{}"),
                "403 another hall's events", post("street-b", new IngestBatch("street-c", events(1, 1))),
                "409 a gap", post("street-b", new IngestBatch("street-b", events(6, 2))),
                "400 not consecutive", post("street-b", PASSWORD, batchJson(List.of(events(4, 1).get(0), events(6, 1).get(0)))),
                "400 not JSON", post("street-b", PASSWORD, "{\"hallId\":\"street-b\",\"events\":[{"),
                "400 JSON's null", post("street-b", PASSWORD, "null"),
                "400 an unknown kind", post("street-b", PASSWORD, "{\"hallId\":\"street-b\",\"events\":[{\"seq\":4,"
                        + "\"at\":\"2026-12-02T02:00:00Z\",\"day\":\"2026-12-02\",\"fact\":{\"kind\":\"teleport\"}}]}"),
                "400 seq 0", post("street-b", PASSWORD, "{\"hallId\":\"street-b\",\"events\":[{\"seq\":0,"
                        + "\"at\":\"2026-12-02T02:00:00Z\",\"day\":\"2026-12-02\",\"fact\":{\"kind\":\"window\",\"window\":1,"
                        + "\"step\":\"OPENED\"}}]}"),
                "400 a ticket step without its step", post("street-b", PASSWORD, "{\"hallId\":\"street-b\",\"events\":[{\"seq\":4,"
                        + "\"at\":\"2026-12-02T02:00:00Z\",\"day\":\"2026-12-02\",\"fact\":{\"kind\":\"ticket\"}}]}"),
                "400 a rating of 9", post("street-b", PASSWORD, "{\"hallId\":\"street-b\",\"events\":[{\"seq\":4,"
                        + "\"at\":\"2026-12-02T02:00:00Z\",\"day\":\"2026-12-02\",\"fact\":{\"kind\":\"rating\",\"score\":9}}]}"),
                "400 an appointment without its slot", post("street-b", PASSWORD, "{\"hallId\":\"street-b\",\"events\":[{"
                        + "\"seq\":4,\"at\":\"2026-12-02T02:00:00Z\",\"day\":\"2026-12-02\",\"fact\":{\"kind\":"
                        + "\"appointment\",\"status\":\"BOOKED\"}}]}"),
                "413 too many", post("street-b", new IngestBatch("street-b", events(4, IngestBatch.MAX_EVENTS + 1))));
        refused.forEach((what, r) -> {
            assertEquals(Integer.parseInt(what.substring(0, 3)), r.statusCode(), what + ": " + r.body());
            assertTrue(r.body().contains("\"message\""), what + ": " + r.body());
        });
        assertEquals(3L, hub.events().countsByHall().get("street-b"), "nothing of any refused batch was stored");
        assertEquals(3, hub.events().ack("street-b").watermark());
        assertTrue(json(refused.get("409 a gap")).get("message").asText().contains("send from 4"));
        HttpResponse<String> nullLogin = http.send(HttpRequest.newBuilder(URI.create(hub.url() + "/api/v1/city/login"))
                .POST(HttpRequest.BodyPublishers.ofString("null")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, nullLogin.statusCode(), "a login of JSON's null (HubFuzzIT's seed 344439341): " + nullLogin.body());
    }

    @Test
    void aHallThatRanAloneFirst_maySendFromItsOldestKeptEvent_thenInOrder() throws Exception {
        HttpResponse<String> r = post("street-d", new IngestBatch("street-d", events(500, 5)));
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(504, json(r).get("watermark").asLong());
        assertEquals(409, post("street-d", new IngestBatch("street-d", events(600, 1))).statusCode());
    }

    @Test
    void theOverview_showsEachHallsLiveFiguresAndRollsThemUpTheLevels_forCityStaffOnly() throws Exception {
        hub.registry().add(new HallEntry("district-e", "区e", HallEntry.Level.DISTRICT, "city", 23.1, 113.3, null),
                PASSWORD.toCharArray());
        hub.registry().add(new HallEntry("village-e", "村e", HallEntry.Level.VILLAGE, "district-e", null, null, null),
                PASSWORD.toCharArray());
        hub.registry().add(new HallEntry("village-quiet", "村q", HallEntry.Level.VILLAGE, "district-e", null, null, null),
                PASSWORD.toCharArray());
        hub.staff().add("office", PASSWORD.toCharArray());
        // the overview shows the halls' own today: events and figures of today, whatever day the test runs on
        Instant now = Instant.now();
        LocalDate today = LocalDate.ofInstant(now, ZoneId.of("Asia/Shanghai"));
        HallLive busy = new HallLive(now, today, 2, 3, List.of(new ServiceView("HJ", "户籍办理", "Household", "A",
                Zone.LICENSING, 12, 2, 35.0, 50.0, 20, 40, 400, true, null)));
        HallLive quiet = new HallLive(now, today, 1, 1, List.of(new ServiceView("SB", "社保", "Social", "G",
                Zone.CONVENIENCE, 1, 1, 4.0, 6.0, 20, 3, 0, true, null)));
        assertEquals(200, post("district-e", new IngestBatch("district-e", events(1, 4, now.minusSeconds(60), today),
                busy)).statusCode());
        assertEquals(200, post("village-e", new IngestBatch("village-e", events(1, 2, now.minusSeconds(60), today),
                quiet)).statusCode());
        Instant posted = Instant.now();

        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(URI.create(hub.url() + "/api/v1/city/overview"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, anonymous.statusCode());
        HttpResponse<String> hallLogin = get("/api/v1/city/overview", "district-e");
        assertEquals(401, hallLogin.statusCode(), "a hall's login is not a city staff login");

        JsonNode city = overviewAfter(posted, "office").get("halls").get(0);
        assertEquals("city", city.at("/hall/id").asText());
        JsonNode district = null;
        for (JsonNode child : city.get("children")) {
            if (child.at("/hall/id").asText().equals("district-e")) {
                district = child;
            }
        }
        assertEquals("village-e", district.at("/children/0/hall/id").asText());
        assertEquals("village-quiet", district.at("/children/1/hall/id").asText());
        assertEquals(true, district.at("/children/1/stale").asBoolean(), "never heard");
        assertEquals(1, district.at("/total/staleHalls").asInt());
        assertEquals(12, district.at("/now/waiting").asInt());
        assertEquals(13, district.at("/total/waiting").asInt(), "the village's one waiting citizen counts for the district");
        assertEquals(6, district.at("/total/issued").asInt(), "4 + 2 tickets issued today, from the rollups");
        assertEquals("户籍办理", district.at("/now/worstService").asText());
        assertEquals(false, district.get("stale").asBoolean());
    }

    @Test
    void theDailyReport_sumsTheHallsPerLevelAndCity_inJsonAndCsv_andIsFinalOnceEveryHallCaughtUp() throws Exception {
        hub.staff().add("reporter", PASSWORD.toCharArray());
        assertEquals(200, post("street-c", new IngestBatch("street-c", events(1, 7))).statusCode());
        JsonNode before = json(get("/api/v1/city/reports/daily?date=" + DAY, "reporter"));
        assertTrue(before.get("provisional").asBoolean(), "no hall has said it has nothing more");
        assertTrue(before.get("behind").toString().contains("street-c"));
        JsonNode streets = before.at("/levels/TOWNSHIP");
        int streetIssued = 0;
        for (JsonNode h : before.get("halls")) {
            if (h.at("/hall/level").asText().equals("TOWNSHIP")) {
                streetIssued += h.at("/figures/sums/issued").asInt();
            }
        }
        assertEquals(streetIssued, streets.at("/sums/issued").asInt(), "a level is the sum of its halls");
        assertTrue(streetIssued >= 7);

        for (JsonNode h : before.get("halls")) { // every hall says "nothing more" after the day's end
            String id = h.at("/hall/id").asText();
            HallLive after = new HallLive(Instant.parse("2026-12-02T16:30:00Z"), DAY.plusDays(1), 0, 0, List.of());
            assertEquals(200, post(id, new IngestBatch(id, List.of(), after)).statusCode());
        }
        JsonNode finalReport = json(get("/api/v1/city/reports/daily?date=" + DAY, "reporter"));
        assertEquals(false, finalReport.get("provisional").asBoolean(), finalReport.get("behind").toString());

        HttpResponse<String> csv = get("/api/v1/city/reports/daily?date=" + DAY + "&format=csv", "reporter");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.body().contains("hall,street-c,街道c,TOWNSHIP,1,7,"), csv.body());
        assertTrue(csv.body().lines().findFirst().orElse("").contains("非常不满意 rated 1"), "ratings by level, 1 to 5");
        assertEquals(5, finalReport.at("/city/sums/byScore").size(), finalReport.at("/city/sums").toString());
        assertEquals(400, get("/api/v1/city/reports/daily?date=yesterday", "reporter").statusCode());
        assertEquals(400, get("/api/v1/city/reports/monthly?month=13", "reporter").statusCode());
        assertEquals(200, get("/api/v1/city/reports/monthly?month=2026-12", "reporter").statusCode());
        assertEquals(401, get("/api/v1/city/reports/daily?date=" + DAY, "street-c").statusCode());

        for (String chart : CityCharts.CHARTS) {
            HttpResponse<byte[]> png = http.send(request("/api/v1/city/reports/daily.png?date=" + DAY + "&chart=" + chart,
                    "reporter"), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, png.statusCode(), chart);
            assertEquals("image/png", png.headers().firstValue("Content-Type").orElse(""));
            assertEquals("PNG", new String(png.body(), 1, 3, StandardCharsets.US_ASCII), chart);
            Path file = Path.of("target", "screenshots", "city-report-" + chart + ".png");
            Files.createDirectories(file.getParent());
            Files.write(file, png.body());
        }
        assertEquals(200, get("/api/v1/city/reports/monthly.png?month=2026-12&chart=halls", "reporter").statusCode());
        HttpResponse<String> unknown = get("/api/v1/city/reports/daily.png?date=" + DAY + "&chart=pie", "reporter");
        assertEquals(400, unknown.statusCode());
        assertTrue(unknown.body().contains("unknown chart 'pie'; one of levels, halls"), unknown.body());

        JsonNode day = json(get("/api/v1/city/halls/street-c/day?date=" + DAY, "reporter"));
        assertEquals("street-c", day.at("/hall/id").asText());
        assertEquals(7, day.at("/report/city/sums/issued").asInt(), "the hall alone: " + day);
        assertEquals(1, day.at("/report/halls").size());
        assertEquals(7, day.at("/hours/0/issued").asInt(), "AT + 1 … 7 s: one hour " + day.get("hours"));
        assertEquals(404, get("/api/v1/city/halls/nowhere/day", "reporter").statusCode());
        assertEquals(400, get("/api/v1/city/halls/street-c/day?date=monday", "reporter").statusCode());
        assertEquals(401, get("/api/v1/city/halls/street-c/day", "street-c").statusCode());
    }

    @Test
    void aWaitOverTargetForTenMinutes_isOneCityAlert_andTheNoticeSentAboutItComesBackAnswered() throws Exception {
        hub.registry().add(new HallEntry("street-w", "街道w", HallEntry.Level.TOWNSHIP, "city", null, null, null),
                PASSWORD.toCharArray());
        hub.staff().add("supervisor", PASSWORD.toCharArray());
        for (int minute : new int[] {0, 5, 10, 15}) {
            assertEquals(200, post("street-w", new IngestBatch("street-w", List.of(), waits(minute, 35.0))).statusCode());
        }
        JsonNode open = json(get("/api/v1/city/alerts", "supervisor"));
        List<JsonNode> mine = new ArrayList<>();
        open.forEach(a -> {
            if (a.get("hallId").asText().equals("street-w")) {
                mine.add(a);
            }
        });
        assertEquals(1, mine.size(), "one alert for the episode: " + open);
        JsonNode alert = mine.get(0);
        assertEquals("WAIT_OVER_TARGET", alert.get("kind").asText());
        assertEquals("HJ", alert.get("serviceId").asText());
        assertTrue(alert.get("closedAt").isNull());
        JsonNode node = findHall(overviewAfter(Instant.now(), "supervisor").get("halls"), "street-w");
        assertEquals(1, node.get("alerts").size(), node.toString());

        long alertId = alert.get("id").asLong();
        Map<String, HttpResponse<String>> refused = byName(
                "no message", postAs("/api/v1/city/notices", "supervisor", "{\"hallId\":\"street-w\"}"),
                "not JSON", postAs("/api/v1/city/notices", "supervisor", "督办"),
                "unknown hall", postAs("/api/v1/city/notices", "supervisor", "{\"hallId\":\"nowhere\",\"message\":\"请说明\"}"),
                "another hall's alert", postAs("/api/v1/city/notices", "supervisor",
                        "{\"hallId\":\"street-a\",\"alertId\":" + alertId + ",\"message\":\"请说明\"}"),
                "a year to answer", postAs("/api/v1/city/notices", "supervisor",
                        "{\"hallId\":\"street-w\",\"message\":\"请说明\",\"answerWithinHours\":9000}"),
                "a hall's login", postAs("/api/v1/city/notices", "street-w", "{\"hallId\":\"street-w\",\"message\":\"x\"}"));
        Map<String, Integer> expected = Map.of("no message", 400, "not JSON", 400, "unknown hall", 404,
                "another hall's alert", 400, "a year to answer", 400, "a hall's login", 401);
        refused.forEach((what, r) -> {
            assertEquals(expected.get(what), r.statusCode(), what + ": " + r.body());
            assertTrue(r.body().contains("\"message\""), what + ": " + r.body());
        });
        HttpResponse<String> sent = postAs("/api/v1/city/notices", "supervisor", "{\"hallId\":\"street-w\",\"alertId\":"
                + alertId + ",\"message\":\"户籍办理等候超时，请说明原因\",\"answerWithinHours\":24}");
        assertEquals(201, sent.statusCode(), sent.body());
        long noticeId = json(sent).get("id").asLong();
        assertEquals("SENT", json(sent).get("status").asText());
        assertEquals("supervisor", json(sent).get("sentBy").asText());

        JsonNode ack = json(post("street-w", new IngestBatch("street-w", List.of(), waits(16, 35.0))));
        assertEquals(noticeId, ack.at("/notices/0/id").asLong(), "handed over with the acknowledgement: " + ack);
        assertEquals("WAIT_OVER_TARGET", ack.at("/notices/0/alertKind").asText());
        assertEquals("HJ", ack.at("/notices/0/serviceId").asText());
        List<CityEvent> steps = List.of(
                new CityEvent(1, AT.plusSeconds(60), DAY, new CityFact.CityNoticeStep(noticeId, "RECEIVED", null, null)),
                new CityEvent(2, AT.plusSeconds(120), DAY, new CityFact.CityNoticeStep(noticeId, "ANSWERED", "manager1",
                        "已增开窗口")));
        JsonNode after = json(post("street-w", new IngestBatch("street-w", steps, waits(20, 10.0))));
        assertEquals(0, after.get("notices").size(), "received: not handed over again");
        JsonNode notices = json(get("/api/v1/city/notices?hall=street-w", "supervisor"));
        assertEquals("ANSWERED", notices.at("/0/status").asText(), notices.toString());
        assertEquals("已增开窗口", notices.at("/0/answer").asText());
        assertEquals("manager1", notices.at("/0/acknowledgedBy").asText());

        JsonNode today = json(get("/api/v1/city/alerts?date=" + DAY, "supervisor"));
        JsonNode closed = null;
        for (JsonNode a : today) {
            if (a.get("id").asLong() == alertId) {
                closed = a;
            }
        }
        assertEquals(AT.plus(Duration.ofMinutes(20)), Instant.parse(closed.get("closedAt").asText()),
                "closed by the first sample under target");
        assertEquals(400, get("/api/v1/city/alerts?date=yesterday", "supervisor").statusCode());

        // the reports count them: the alert on its day, the notices on the day they were sent
        assertEquals(201, postAs("/api/v1/city/notices", "supervisor",
                "{\"hallId\":\"street-w\",\"message\":\"请报送本周差评整改情况\",\"answerWithinHours\":24}").statusCode());
        JsonNode alertDay = json(get("/api/v1/city/reports/daily?date=" + DAY, "supervisor"));
        assertEquals(1, hallRow(alertDay, "street-w").at("/figures/supervised/alerts").asInt(), alertDay.toString());
        LocalDate sentDay = LocalDate.ofInstant(Instant.parse(json(sent).get("sentAt").asText()), ZoneId.of("Asia/Shanghai"));
        JsonNode sentReport = json(get("/api/v1/city/reports/daily?date=" + sentDay, "supervisor"));
        JsonNode supervised = hallRow(sentReport, "street-w").at("/figures/supervised");
        assertEquals(List.of(2, 1, 0, 1, 0), List.of(supervised.get("notices").asInt(), supervised.get("answered").asInt(),
                supervised.get("answeredLate").asInt(), supervised.get("open").asInt(), supervised.get("overdue").asInt()),
                supervised.toString());
        assertTrue(sentReport.at("/levels/TOWNSHIP/supervised/notices").asInt() >= 2, sentReport.toString());
        assertTrue(get("/api/v1/city/reports/daily?date=" + sentDay + "&format=csv", "supervisor").body()
                .contains("督办超期未答复 overdue"));
        CityReport.Supervised twoDaysOn = CityReport.build(sentDay, sentDay, new ReportStore(hub.database(), hub.registry())
                .input(sentDay, sentDay, Instant.now().plus(Duration.ofDays(2)))).halls().stream()
                .filter(h -> h.hall().id().equals("street-w")).findFirst().orElseThrow().figures().supervised();
        assertEquals(new CityReport.Supervised(sentDay.equals(DAY) ? 1 : 0, 2, 1, 0, 1, 1), twoDaysOn,
                "two days on, the open one is overdue");
    }

    @Test
    void aHandoverPastItsDeadline_isOneCityAlertAtTheReceivingHall_untilItIsDone_andCountsInTheReports() throws Exception {
        for (String id : List.of("street-hs", "street-hr")) {
            hub.registry().add(new HallEntry(id, "街道" + id, HallEntry.Level.TOWNSHIP, "city", null, null, null),
                    PASSWORD.toCharArray());
        }
        hub.staff().add("handover-duty", PASSWORD.toCharArray());
        String receipt = "street-hs-20261202-100000";
        Handover sent = new Handover(receipt, "street-hs", "街道hs", "street-hr", "街道hr", "HJ", "户籍迁入", List.of("户口簿"),
                null, AT, AT.plus(Duration.ofHours(1)), AT.plus(Duration.ofHours(3)), List.of(), 0);
        assertEquals(200, post("street-hs", new IngestBatch("street-hs", List.of(new CityEvent(1, AT, DAY,
                new CityFact.HandoverStep(receipt, Handover.SENT, "clerk1", "A001", 0, sent))), null)).statusCode());
        assertEquals(200, post("street-hr", new IngestBatch("street-hr", List.of(new CityEvent(1, AT.plusSeconds(60), DAY,
                new CityFact.HandoverStep(receipt, Handover.RECEIVED, "system", null, 1, null))), waits(30, 5))).statusCode());
        assertEquals(List.of(), handoverAlerts(), "within its deadline");
        for (int minute : new int[] {61, 62, 70}) { // started past the deadline, raised with the next sample, held
            assertEquals(200, post("street-hr", new IngestBatch("street-hr", List.of(), waits(minute, 5))).statusCode());
        }
        List<JsonNode> raised = handoverAlerts();
        assertEquals(1, raised.size(), "one alert for the episode: " + raised);
        assertEquals("1 件转报件超期未受理或未办结", raised.get(0).get("message").asText());
        assertEquals(200, post("street-hs", new IngestBatch("street-hs", List.of(), waits(70, 5))).statusCode());
        assertEquals(1, handoverAlerts().size(), "the station is not the one late");

        // accepted late: nothing waits on the hall now (the result is due in three hours), so the alert closes
        assertEquals(200, post("street-hr", new IngestBatch("street-hr", List.of(new CityEvent(2, AT.plus(Duration
                .ofMinutes(75)), DAY, new CityFact.HandoverStep(receipt, Handover.ACCEPTED, "clerk2", "SL-1", 2, null))),
                waits(75, 5))).statusCode());
        assertEquals(List.of(), handoverAlerts());

        ReportStore reports = new ReportStore(hub.database(), hub.registry());
        CityReport inTime = CityReport.build(DAY, DAY, reports.input(DAY, DAY, AT.plus(Duration.ofHours(2))));
        assertEquals(new CityReport.Handed(1, 0, 0, 0), handed(inTime, "street-hs"));
        assertEquals(new CityReport.Handed(0, 1, 1, 0), handed(inTime, "street-hr"), "accepted late");
        CityReport later = CityReport.build(DAY, DAY, reports.input(DAY, DAY, AT.plus(Duration.ofHours(4))));
        assertEquals(new CityReport.Handed(0, 1, 1, 1), handed(later, "street-hr"), "and its result now overdue");
        assertTrue(later.city().supervised().handovers().received() >= 1);
        JsonNode daily = json(get("/api/v1/city/reports/daily?date=" + DAY, "handover-duty"));
        assertEquals(1, hallRow(daily, "street-hs").at("/figures/supervised/handovers/sent").asInt(), daily.toString());
        assertTrue(get("/api/v1/city/reports/daily?date=" + DAY + "&format=csv", "handover-duty").body()
                .contains("转报超期 handovers late"));
    }

    private List<JsonNode> handoverAlerts() throws Exception {
        List<JsonNode> out = new ArrayList<>();
        json(get("/api/v1/city/alerts", "handover-duty")).forEach(a -> {
            if (a.get("kind").asText().equals("HANDOVER_OVERDUE")) {
                out.add(a);
                assertEquals("street-hr", a.get("hallId").asText(), a.toString());
            }
        });
        return out;
    }

    private static CityReport.Handed handed(CityReport report, String hallId) {
        return report.halls().stream().filter(h -> h.hall().id().equals(hallId)).findFirst().orElseThrow().figures()
                .supervised().handovers();
    }

    private static JsonNode hallRow(JsonNode report, String hallId) {
        for (JsonNode h : report.get("halls")) {
            if (h.at("/hall/id").asText().equals(hallId)) {
                return h;
            }
        }
        throw new AssertionError("no row of " + hallId + " in " + report);
    }

    /** The overview built after {@code t} (it is rebuilt every second, so a figure shows within one). */
    private JsonNode overviewAfter(Instant t, String login) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> {
            HttpResponse<String> r = get("/api/v1/city/overview", login);
            assertEquals(200, r.statusCode(), r.body());
            return json(r);
        }, o -> Instant.parse(o.get("at").asText()).isAfter(t));
    }

    private static HallLive waits(int minute, double predicted) {
        return new HallLive(AT.plus(Duration.ofMinutes(minute)), DAY, 2, 3, List.of(new ServiceView("HJ", "户籍办理",
                "Household", "A", Zone.LICENSING, 9, 2, predicted, predicted + 10, 20, 30, 0, true, null)), 0, 0);
    }

    private static JsonNode findHall(JsonNode nodes, String id) {
        for (JsonNode n : nodes) {
            if (n.at("/hall/id").asText().equals(id)) {
                return n;
            }
            JsonNode inside = findHall(n.get("children"), id);
            if (inside != null) {
                return inside;
            }
        }
        return null;
    }

    private HttpResponse<String> postAs(String path, String login, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(hub.url() + path)).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json").header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((login + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String login) throws Exception {
        return http.send(request(path, login), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest request(String path, String login) {
        return HttpRequest.newBuilder(URI.create(hub.url() + path)).header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((login + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8))).build();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, HttpResponse<String>> byName(Object... nameThenResponse) {
        Map<String, HttpResponse<String>> out = new LinkedHashMap<>();
        for (int i = 0; i < nameThenResponse.length; i += 2) {
            out.put((String) nameThenResponse[i], (HttpResponse<String>) nameThenResponse[i + 1]);
        }
        return out;
    }

    private static String batchJson(List<CityEvent> events) throws Exception {
        // a batch the record itself would accept: the hub must check the order
        return JSON.writeValueAsString(Map.of("hallId", "street-b", "events", events));
    }
}
