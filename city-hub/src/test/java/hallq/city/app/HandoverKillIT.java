package hallq.city.app;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import hallq.city.store.EventStore;
import hallq.city.store.HubDatabase;
import hallq.city.store.Registry;
import hallq.controller.adapter.sqlite.SqliteOutbox;
import hallq.controller.auth.StaffDirectory;
import hallq.controller.mqttauth.MqttAccounts;
import hallq.controller.mqttauth.MqttRole;
import hallq.protocol.Json;
import hallq.protocol.city.Handover;
import hallq.protocol.config.HallConfig;
import hallq.protocol.testing.TestDirs;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A village station hands a citizen's matter over to its street centre (代办转报) while the station,
 * the street and the hub — each its own JVM, the hub as {@code ./hall city} on its private PostgreSQL
 * cluster — are killed with SIGKILL at every step of the handover, and started again on the same data
 * and port: sent, taken in by the street, accepted, its result made ready, the pickup ticket issued,
 * picked up. At each step the hall whose step it is dies right after its write was acknowledged to
 * the clerk (before its relay, which looks every half second, can have sent it), the hub as soon as
 * it holds the step (before the other hall can have it), the other hall as soon as it holds it
 * (before it can have told the hub so). The cluster outlives a killed hub, and the restarted hub finds
 * it running, as a second process does (docs/city.md "Registry").
 *
 * <p>Afterwards the handover is picked up at both halls and at the hub, with the same steps, each once,
 * and nothing is left to hand over: each hall lists it once, the hub holds one row of it at its fifth
 * version (one per step) that both halls have said they hold, each step once among the events of the
 * hall that owns it, and every event each hall wrote once, without a gap. {@code -Dfault.parties=}
 * (default {@code station,receiver,hub}) names who is killed.
 */
class HandoverKillIT {
    private static final Set<String> KILLED = Set.of(System.getProperty("fault.parties", "station,receiver,hub")
            .split(","));
    private static final Duration WAIT = Jvm.WAIT;
    private static final Duration SOON = Duration.ofMillis(10);
    private static final ObjectMapper JSON = Json.lenient();
    private static final String STATION = "station";
    private static final String RECEIVER = "receiver";
    private static final String HUB = "hub";
    private static final List<String> WALKED = List.of(Handover.SENT, Handover.RECEIVED, Handover.ACCEPTED,
            Handover.RESULT_READY, Handover.PICKED_UP);
    private final Path hubDir = TestDirs.fresh("handover-kill-hub");
    private final Jvm hub = Jvm.hub(hubDir, Jvm.freePort());
    private final Hall village = new Hall(STATION, CityLine.VILLAGE, Path.of("../config/city/village-hedong.yml"));
    private final Hall street = new Hall(RECEIVER, CityLine.STREET, Path.of("../config/city/street-baiyun.yml"));
    /** What each kill caught the handover at, for the log. */
    private final List<String> kills = new ArrayList<>();
    private HubDatabase db;

    @AfterEach
    void stop() throws Exception {
        village.jvm.close();
        street.jvm.close();
        hub.close();
        if (db != null) {
            db.close();
        }
        stopPostgres();
    }

    @Test
    void aHandoverWalkedThroughEveryStep_withEachPartyKilledAtEachStep_isPickedUpEverywhere_eachStepOnce()
            throws Exception {
        long began = System.nanoTime();
        hub.start();
        db = HubDatabase.privateCluster(hubDir); // the hub's running cluster, found by its postmaster.pid
        CityLine.register(new Registry(db));
        village.start();
        street.start();

        // a citizen at the village's window with a 户籍 matter, which the station does not handle
        String number = village.kiosk("/api/v1/tickets", "{\"serviceId\":\"ZX\"}").get("number").asText();
        village.post("/api/v1/windows/1/call-next", "", 200);
        village.post("/api/v1/windows/1/start", "", 200);
        JsonNode sent = village.post("/api/v1/windows/1/handover", "{\"toHall\":\"street-baiyun\",\"toHallName\":\""
                + CityLine.STREET.hall().name() + "\",\"serviceId\":\"HJ\",\"matterName\":\"户籍迁入\",\"materials\":"
                + "[\"居民身份证复印件\",\"户口簿\",\"迁入申请表\"],\"note\":\"本人委托代办\"}", 201);
        String receipt = sent.get("receipt").asText();
        String trackUrl = sent.get("trackUrl").asText();
        String token = trackUrl.substring(trackUrl.lastIndexOf('/') + 1);
        killOwner(Handover.SENT, village, receipt, number);
        assertEquals("DONE", village.get("/api/v1/tickets?number=" + number).get("status").asText(),
                "the citizen's ticket stays completed as handed over");
        passOn(Handover.SENT, village, street, receipt); // the street dies right after its RECEIVED, too
        passOn(Handover.RECEIVED, street, village, receipt);

        JsonNode accepted = street.post("/api/v1/handovers/" + receipt + "/accept", "{}", 200);
        killOwner(Handover.ACCEPTED, street, receipt, stepOf(accepted, Handover.ACCEPTED).get("detail").asText());
        passOn(Handover.ACCEPTED, street, village, receipt);

        street.post("/api/v1/handovers/" + receipt + "/result", "{\"text\":\"PICKUP\"}", 200);
        killOwner(Handover.RESULT_READY, street, receipt, "PICKUP");
        passOn(Handover.RESULT_READY, street, village, receipt);

        // the citizen is back: the pickup ticket is a note of the station's own, kept across its death
        String pickup = village.kiosk("/api/v1/handovers/" + receipt + "/pickup-ticket", "").get("number").asText();
        kill(village, "the pickup ticket: the station killed right after issuing " + pickup);
        assertEquals(pickup, village.kiosk("/api/v1/handovers/" + receipt + "/pickup-ticket", "").get("number")
                .asText(), "asking again after a restart gives the same pickup ticket");
        assertEquals(pickup, village.kiosk("/api/v1/handover-track/" + token + "/pickup-ticket", "").get("number")
                .asText(), "and so does the receipt's QR code");
        assertEquals(pickup, village.post("/api/v1/windows/1/call-next", "", 200).at("/ticket/number").asText(),
                "the window calls the pickup ticket");
        village.post("/api/v1/windows/1/start", "", 200);
        village.post("/api/v1/windows/1/complete", "", 200);
        killOwner(Handover.PICKED_UP, village, receipt, pickup);
        passOn(Handover.PICKED_UP, village, street, receipt);

        heldAlikeEverywhere(receipt, token);
        System.out.printf("HandoverKillIT: %d kills in %d s%n  %s%n", kills.size(),
                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - began), String.join("\n  ", kills));
    }

    /**
     * Once nothing is left to hand over or to send: the handover picked up at the hub and at both halls,
     * with the same steps, each once, and each hall's events at the hub once each, without a gap.
     */
    private void heldAlikeEverywhere(String receipt, String token) throws Exception {
        EventStore events = new EventStore(db);
        await().atMost(WAIT).until(() -> events.ack(village.id).handovers().isEmpty()
                && events.ack(street.id).handovers().isEmpty()
                && events.ack(village.id).watermark() == village.highest()
                && events.ack(street.id).watermark() == street.highest());
        HubRow row = hubRow(receipt);
        assertEquals(WALKED, row.record().steps().stream().map(Handover.Step::step).toList(), "every step at the hub");
        assertEquals(List.of(5L, 5L, 5L), List.of(row.version(), row.fromSeen(), row.toSeen()),
                "the hub's record at its fifth version, one a step, and both halls have said they hold it");
        assertEquals(1, handoverRows(), "one row of the handover at the hub");
        List<String> atHub = row.record().steps().stream().map(s -> s.step() + " " + s.at().truncatedTo(ChronoUnit.MILLIS)
                + " " + s.hall() + " " + s.by() + " " + s.detail()).toList();
        for (Hall hall : List.of(village, street)) {
            JsonNode list = hall.get("/api/v1/handovers");
            assertEquals(List.of(receipt), StreamSupport.stream(list.spliterator(), false).map(h -> h.get("receipt")
                    .asText()).toList(), "the handover listed once at " + hall.id);
            assertTrue(list.get(0).get("closed").asBoolean(), "closed at " + hall.id);
            assertEquals(atHub, steps(list.get(0)), "the same steps, times and details at " + hall.id + " as at the hub");
        }
        assertEquals(Handover.PICKED_UP, village.get("/api/v1/handover-track/" + token).get("status").asText(),
                "the citizen's page says picked up");
        assertEquals(List.of(Handover.SENT, Handover.PICKED_UP), HubChecks.handoverSteps(db, village.id, receipt),
                "the station's steps among its events at the hub, each once");
        assertEquals(List.of(Handover.RECEIVED, Handover.ACCEPTED, Handover.RESULT_READY),
                HubChecks.handoverSteps(db, street.id, receipt), "the street's steps among its events at the hub, each once");
        HubChecks.holdsExactly(db, village.id, village.highest());
        HubChecks.holdsExactly(db, street.id, street.highest());
    }

    /**
     * {@code owner} has just written {@code step} (its clerk has the answer): it dies at once and, started
     * again, holds the step with the {@code detail} it answered.
     */
    private void killOwner(String step, Hall owner, String receipt, String detail) throws Exception {
        if (!KILLED.contains(owner.role)) {
            return;
        }
        owner.jvm.kill();
        boolean unsent = !hubHas(receipt, step);
        owner.start();
        kills.add(step + ": the " + owner.role + " killed right after its write, "
                + (unsent ? "before its relay sent it" : "its relay had sent it"));
        assertEquals(detail, stepOf(owner.handover(receipt), step).get("detail").asText(),
                "after a SIGKILL " + owner.id + " holds " + step + " as it answered");
    }

    /**
     * {@code step} of {@code owner} goes on to the hub and to {@code other}: the hub dies as soon as it holds
     * it, {@code other} as soon as it has taken it in; each is started again and the step still arrives.
     */
    private void passOn(String step, Hall owner, Hall other, String receipt) throws Exception {
        await().atMost(WAIT).pollDelay(Duration.ZERO).pollInterval(SOON).until(() -> hubHas(receipt, step));
        if (KILLED.contains(HUB)) {
            hub.kill();
            boolean before = !other.holds(receipt, step);
            hub.start();
            kills.add(step + ": the hub killed as soon as it held it, " + (before ? "before the " + other.role
                    + " had it" : "the " + other.role + " had it already"));
        }
        await().atMost(WAIT).pollDelay(Duration.ZERO).pollInterval(SOON).until(() -> other.holds(receipt, step));
        if (KILLED.contains(other.role)) {
            other.jvm.kill();
            HubRow row = hubRow(receipt);
            boolean before = (other == village ? row.fromSeen() : row.toSeen()) < row.version();
            other.start();
            kills.add(step + ": the " + other.role + " killed as soon as it held it, " + (before
                    ? "before it told the hub" : "it had told the hub"));
        }
        await().atMost(WAIT).until(() -> owner.holds(receipt, step) && hubHas(receipt, step) && other.holds(receipt,
                step));
    }

    private void kill(Hall hall, String what) throws Exception {
        if (KILLED.contains(hall.role)) {
            hall.jvm.kill();
            hall.start();
            kills.add(what);
        }
    }

    private static JsonNode stepOf(JsonNode handover, String step) {
        for (JsonNode s : handover.get("steps")) {
            if (s.get("step").asText().equals(step)) {
                return s;
            }
        }
        throw new AssertionError(handover.get("receipt").asText() + " has no step " + step + ": " + handover);
    }

    /**
     * A hall's steps as the hub's are written above: step, instant, hall, by whom, detail. To the
     * millisecond: a city event carries its time so, and a station keeps its own steps' finer clock.
     */
    private static List<String> steps(JsonNode handover) {
        return StreamSupport.stream(handover.get("steps").spliterator(), false).map(s -> s.get("step").asText() + " "
                + OffsetDateTime.parse(s.get("at").asText()).toInstant().truncatedTo(ChronoUnit.MILLIS) + " " + s.get("hall").asText() + " "
                + s.get("by").asText(null) + " " + s.get("detail").asText(null)).toList();
    }

    /** The hub's row of the handover: its record and the versions each hall has said it holds. */
    private record HubRow(Handover record, long version, long fromSeen, long toSeen) {
    }

    private HubRow hubRow(String receipt) throws Exception {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(
                "SELECT record, version, from_seen, to_seen FROM handovers WHERE receipt = ?")) {
            ps.setString(1, receipt);
            try (ResultSet r = ps.executeQuery()) {
                return r.next() ? new HubRow(Json.strict().readValue(r.getString(1), Handover.class), r.getLong(2),
                        r.getLong(3), r.getLong(4)) : null;
            }
        }
    }

    private boolean hubHas(String receipt, String step) throws Exception {
        HubRow row = hubRow(receipt);
        return row != null && row.record().has(step);
    }

    private long handoverRows() throws SQLException {
        try (Connection c = db.connection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT count(*) FROM handovers")) {
            r.next();
            return r.getLong(1);
        }
    }

    /**
     * The private cluster outlives a killed hub (that is what the test leans on), and a hub that found it
     * running leaves it running when it stops: SIGTERM, PostgreSQL's smart shutdown, now that no client is left.
     */
    private void stopPostgres() throws Exception {
        Path pid = hubDir.resolve("pg").resolve("postmaster.pid");
        if (!Files.isRegularFile(pid)) {
            return;
        }
        Optional<ProcessHandle> postmaster = ProcessHandle.of(Long.parseLong(Files.readAllLines(pid).get(0).trim()));
        if (postmaster.isPresent()) {
            postmaster.get().destroy();
            postmaster.get().onExit().get(30, TimeUnit.SECONDS);
        }
    }

    /** A hall's controller, its own JVM, and its manager's session there (sessions end with the process). */
    private final class Hall {
        final String role;
        final String id;
        final Path data;
        final Jvm jvm;
        /** Its own cookie jar: cookies do not tell the halls' ports apart. */
        final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1))
                .cookieHandler(new CookieManager()).build();
        private String kioskLogin;

        Hall(String role, HallConfig config, Path configFile) {
            this.role = role;
            this.id = config.hall().id();
            this.data = TestDirs.fresh("handover-kill-" + id);
            this.jvm = Jvm.controller(id, configFile, data, Jvm.freePort(), hub.url());
        }

        void start() throws Exception {
            if (kioskLogin == null) {
                Files.createDirectories(data.resolve("secrets"));
                Files.writeString(data.resolve("secrets").resolve("city-hub.password"), CityLine.PASSWORD + "\n");
                kioskLogin = MqttAccounts.open(data).ensure("kiosk-1", MqttRole.KIOSK, null).httpAuthorization();
            }
            jvm.start();
            post("/api/v1/auth/login", "{\"user\":\"" + StaffDirectory.FIRST_MANAGER + "\",\"password\":\""
                    + StaffDirectory.firstPassword(data.resolve(StaffDirectory.FIRST_PASSWORD_FILE)) + "\"}", 200);
        }

        JsonNode get(String path) throws Exception {
            return send(HttpRequest.newBuilder(URI.create(jvm.url() + path)), 200);
        }

        JsonNode post(String path, String body, int expected) throws Exception {
            return send(HttpRequest.newBuilder(URI.create(jvm.url() + path)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)), expected);
        }

        /** A kiosk's request (its device login): 201 expected. */
        JsonNode kiosk(String path, String body) throws Exception {
            return send(HttpRequest.newBuilder(URI.create(jvm.url() + path)).header("Content-Type", "application/json")
                    .header("Authorization", kioskLogin).POST(HttpRequest.BodyPublishers.ofString(body)), 201);
        }

        private JsonNode send(HttpRequest.Builder request, int expected) throws Exception {
            HttpResponse<String> r = http.send(request.timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(expected, r.statusCode(), r.request().method() + " " + r.request().uri() + " at " + id + ": "
                    + r.body());
            return JSON.readTree(r.body());
        }

        /** The handover as the hall's staff see it, or null while the hall does not hold it. */
        JsonNode handover(String receipt) throws Exception {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(jvm.url() + "/api/v1/handovers/"
                    + receipt)).timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 404) {
                return null;
            }
            assertEquals(200, r.statusCode(), "the handover at " + id + ": " + r.body());
            return JSON.readTree(r.body());
        }

        boolean holds(String receipt, String step) throws Exception {
            JsonNode h = handover(receipt);
            return h != null && StreamSupport.stream(h.get("steps").spliterator(), false)
                    .anyMatch(s -> s.get("step").asText().equals(step));
        }

        /** The last seq the hall has written to its city outbox. */
        long highest() throws Exception {
            try (SqliteOutbox outbox = SqliteOutbox.open(data.resolve("hallq.db"))) {
                return outbox.highest();
            }
        }
    }
}
