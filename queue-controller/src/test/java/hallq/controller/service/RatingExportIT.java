package hallq.controller.service;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import hallq.controller.adapter.export.FileRatingSink;
import hallq.controller.adapter.export.HttpRatingSink;
import hallq.controller.adapter.sqlite.SqliteRatedCases;
import hallq.controller.adapter.sqlite.SqliteStore;
import hallq.controller.core.RatedCase;
import hallq.controller.core.WindowAction;
import hallq.controller.core.WindowCommand;
import hallq.controller.testing.TestHall;
import hallq.protocol.Json;
import hallq.protocol.rest.IssueTicketRequest;
import hallq.protocol.testing.MutableClock;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The 好差评 export on a real SQLite file: every rating reaches the sink once, through crashes, half lines and a platform that fails. */
class RatingExportIT {
    private static final ObjectMapper JSON = Json.strict();
    private final MutableClock clock = MutableClock.mondayAt(10, 0);
    private final List<AutoCloseable> open = new ArrayList<>();
    private Path data;
    private QueueService service;

    @AfterEach
    void close() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
    }

    private void startHall() throws Exception {
        data = TestHall.newDataDir();
        SqliteStore store = new SqliteStore(data.resolve("hallq.db"), TestHall.ZONE);
        open.add(store);
        service = QueueService.open(TestHall.demoConfig(), store, clock, true);
        open.add(service);
    }

    /** A citizen of {@code serviceId} served at window {@code window} and rating it {@code score}, with a comment. */
    private void servedAndRated(String serviceId, int window, int score) {
        servedAndRated(serviceId, window, score, null);
    }

    /** As above, the clerk giving the 办件编号 {@code caseNumber} (null: none) at completion. */
    private void servedAndRated(String serviceId, int window, int score, String caseNumber) {
        String token = service.tickets().issue(new IssueTicketRequest(serviceId, null, null, null, null, null),
                "device:kiosk-1").token();
        service.windows().act(new WindowCommand(window, WindowAction.CLERK, null, null, null, "clerk" + window, null, null,
                "manager"));
        service.windows().act(WindowCommand.of(window, WindowAction.CALL_NEXT, "clerk" + window));
        service.windows().act(WindowCommand.of(window, WindowAction.START, "clerk" + window));
        clock.advance(Duration.ofMinutes(5));
        service.windows().act(new WindowCommand(window, WindowAction.COMPLETE, null, null, null, null, null, null,
                "clerk" + window, caseNumber));
        service.ratings().rate(token, score, "张三 说 窗口态度很好 440106199001011234");
    }

    private RatingExport export(RatedCases store, RatingSink sink) {
        return new RatingExport(store, sink, TestHall.demoConfig(), clock, RatingExport.Settings.DEFAULT);
    }

    private static List<JsonNode> lines(Path file) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            out.add(JSON.readTree(line));
        }
        return out;
    }

    @Test
    void everyRating_isOneRecordInTheDaysFile_inTheProvincialShape_withoutTheComment() throws Exception {
        startHall();
        servedAndRated("HJ", 5, 5);
        servedAndRated("SB", 2, 2, "GA-2026-000123");
        Rejection bad = assertThrows(Rejection.class, () -> servedAndRated("SB", 2, 3, "第123号"));
        assertTrue(bad.getMessage().startsWith("caseNumber:"), bad.getMessage());
        service.windows().act(WindowCommand.of(2, WindowAction.COMPLETE, "clerk2")); // the refused one, without
        FileRatingSink sink = new FileRatingSink(data.resolve("exports"));
        try (SqliteRatedCases cases = SqliteRatedCases.open(data.resolve("hallq.db"))) {
            RatingExport export = export(cases, sink);
            assertEquals(2, export.exportSome(clock));
            assertEquals(0, export.exportSome(clock), "nothing new");
            assertEquals(2, cases.exported("file"));
        }
        Path file = sink.file(LocalDate.of(2026, 11, 23));
        List<JsonNode> records = lines(file);
        assertEquals(2, records.size());
        JsonNode hj = records.get(0);
        assertEquals("WEB", hj.get("source").asText());
        assertEquals("二维码", hj.get("channel").asText(), "rated from the ticket's QR code page");
        assertEquals("yunshan-center-20261123-A001", hj.get("caseNumber").asText());
        assertEquals("TICKET", hj.get("caseNumberSource").asText());
        assertEquals("户籍办理", hj.get("matterName").asText());
        assertEquals("SAMPLE-4401060001-HJ", hj.get("matterCode").asText());
        assertEquals("公安户政", hj.get("department").asText(), "window 5's department");
        assertEquals("SAMPLE-GA-440106", hj.get("departmentCode").asText());
        assertEquals("440106", hj.get("regionCode").asText());
        assertEquals("自然人", hj.get("applicantType").asText());
        assertEquals("已办结", hj.get("handlingState").asText());
        assertEquals(5, hj.get("level").asInt());
        assertEquals("非常满意", hj.get("levelName").asText());
        assertEquals("clerk5", hj.get("staffId").asText());
        assertTrue(hj.get("evaluatedAt").asText().endsWith("+08:00"), hj.toString());
        assertEquals("不满意", records.get(1).get("levelName").asText());
        assertEquals("GA-2026-000123", records.get(1).get("caseNumber").asText(), "the clerk's 办件编号");
        assertEquals("CLERK", records.get(1).get("caseNumberSource").asText());
        assertTrue(records.get(1).get("matterCode").isNull(), "SB has no 实施编码 configured");
        String text = Files.readString(file);
        assertFalse(text.contains("张三") || text.contains("440106199001011234") || text.contains("态度"),
                "no comment, name or ID number leaves the hall: " + text);
    }

    @Test
    void aCrashBetweenDeliveringAndRemembering_orInTheMiddleOfALine_losesNothingAndRepeatsNothing() throws Exception {
        startHall();
        for (int i = 0; i < 3; i++) {
            servedAndRated("SB", 2, 4);
        }
        AtomicInteger marks = new AtomicInteger();
        try (SqliteRatedCases real = SqliteRatedCases.open(data.resolve("hallq.db"))) {
            RatedCases forgetful = new RatedCases() { // the process dies after the sink has the records, before the mark
                @Override
                public List<RatedCase> after(long ratingId, int limit) throws StoreException {
                    return real.after(ratingId, limit);
                }

                @Override
                public long exported(String sink) throws StoreException {
                    return real.exported(sink);
                }

                @Override
                public void exported(String sink, long ratingId, Instant at) throws StoreException {
                    if (marks.getAndIncrement() == 0) {
                        throw new StoreException("killed before the mark was kept", null);
                    }
                    real.exported(sink, ratingId, at);
                }

                @Override
                public void close() {
                }
            };
            Path dir = data.resolve("exports");
            assertThrows(StoreException.class, () -> export(forgetful, new FileRatingSink(dir)).exportSome(clock));
            Path file = new FileRatingSink(dir).file(LocalDate.of(2026, 11, 23));
            assertEquals(3, lines(file).size(), "delivered, not remembered");
            // and the next write was cut off half-way through a line
            Files.writeString(file, "{\"recordId\":\"yunshan-center-17", StandardOpenOption.APPEND);

            servedAndRated("SB", 2, 1);
            assertEquals(4, export(forgetful, new FileRatingSink(dir)).exportSome(clock), "a restart reads from the mark");
            List<JsonNode> records = lines(file);
            Set<String> ids = records.stream().map(r -> r.get("recordId").asText()).collect(Collectors.toSet());
            assertEquals(4, records.size(), "each rating once, the half line gone: " + records);
            assertEquals(4, ids.size());
            assertEquals(4, real.exported("file"));
        }
    }

    @Test
    void thePlatform_getsEveryRecord_afterFailingTwice_andKnowsEachByItsId() throws Exception {
        startHall();
        for (int i = 0; i < 5; i++) {
            servedAndRated("HJ", 5, 3 + i % 3);
        }
        HttpServer platform = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        List<String> received = new CopyOnWriteArrayList<>();
        List<String> authorizations = new CopyOnWriteArrayList<>();
        AtomicInteger calls = new AtomicInteger();
        platform.createContext("/haochaping", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
            int status = calls.incrementAndGet() <= 2 ? 503 : 200;
            if (status == 200) {
                JSON.readTree(new String(body, StandardCharsets.UTF_8)).forEach(r -> received.add(r.get("recordId").asText()));
            }
            byte[] answer = (status == 200 ? "{\"ok\":true}" : "{\"error\":\"维护中\"}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        platform.start();
        open.add(() -> platform.stop(0));
        URI url = URI.create("http://127.0.0.1:" + platform.getAddress().getPort() + "/haochaping");
        RatingExport export = new RatingExport(SqliteRatedCases.open(data.resolve("hallq.db")),
                new HttpRatingSink(url, "a-platform-token"), TestHall.demoConfig(), clock,
                new RatingExport.Settings(2, Duration.ofMillis(20), Duration.ofMillis(40))).start();
        open.add(export);
        await().atMost(Duration.ofSeconds(20)).until(() -> export.status().exported() == 5);
        assertEquals(5, new TreeSet<>(received).size(), "every rating: " + received);
        assertEquals(5, received.size(), "and each once, though the platform failed twice");
        assertTrue(calls.get() >= 5, "two refusals, then three batches of at most two: " + calls.get());
        assertEquals(Set.of("Bearer a-platform-token"), Set.copyOf(authorizations));
        assertEquals(null, export.status().problem());
    }
}
