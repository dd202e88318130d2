package hallq.controller.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import hallq.controller.app.Controller;
import hallq.controller.auth.StaffDirectory;
import hallq.controller.mqttauth.MqttRole;
import hallq.controller.testing.Http;
import hallq.controller.testing.TestHall;
import hallq.protocol.mqtt.MqttLogin;
import hallq.protocol.testing.MutableClock;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Staff login, roles, window assignment and the audit trail on a real controller. */
class AuthIT {
    private Controller controller;
    private Http anonymous;
    private Path data;

    @BeforeEach
    void start() throws Exception {
        data = TestHall.newDataDir();
        controller = TestHall.start(data, MutableClock.mondayAt(10, 0));
        anonymous = new Http(controller.httpPort());
    }

    @AfterEach
    void stop() {
        controller.close();
    }

    @Test
    void staffEndpoints_withoutLogin_askToLogIn_whileCitizenOnesStayOpen() {
        JsonNode ticket = Http.kiosk(controller).issue("HJ", null).json();
        assertProblem(anonymous.post("/api/v1/windows/5/call-next", null), 401, "UNAUTHENTICATED");
        assertProblem(anonymous.put("/api/v1/windows/5/skills", "{\"services\":[\"HJ\"]}"), 401, "UNAUTHENTICATED");
        assertProblem(anonymous.get("/api/v1/tickets?number=A001"), 401, "UNAUTHENTICATED");
        assertProblem(anonymous.get("/api/v1/policy"), 401, "UNAUTHENTICATED");
        assertProblem(anonymous.put("/api/v1/policy", "{\"mode\":\"OFF\"}"), 401, "UNAUTHENTICATED");
        assertProblem(anonymous.post("/api/v1/policy/proposals/1/approve", null), 401, "UNAUTHENTICATED");
        assertProblem(anonymous.get("/api/v1/alerts"), 401, "UNAUTHENTICATED");
        assertProblem(anonymous.get("/api/v1/audit"), 401, "UNAUTHENTICATED");
        assertEquals(200, anonymous.get("/api/v1/tickets/" + ticket.get("token").asText()).status());
        assertEquals(200, anonymous.get("/api/v1/windows/5").status());
        assertEquals(200, anonymous.get("/api/v1/hall").status());
        assertEquals("WAITING", anonymous.get("/api/v1/tickets/" + ticket.get("token").asText()).json()
                .get("status").asText(), "the refused call changed nothing");
    }

    @Test
    void kioskEndpoints_takeAKioskLoginOrAStaffSession_andNothingElse() {
        Http kiosk = Http.kiosk(controller);
        String issue = "{\"serviceId\":\"HJ\"}";
        assertProblem(anonymous.post("/api/v1/tickets", issue), 401, "DEVICE_UNAUTHENTICATED");
        MqttLogin login = TestHall.login(controller, TestHall.KIOSK, MqttRole.KIOSK, null);
        assertProblem(anonymous.post("/api/v1/tickets", issue, "Authorization",
                KioskLogins.header(login.username(), login.password() + "x")), 401, "DEVICE_UNAUTHENTICATED");
        MqttLogin board = TestHall.login(controller, "board-9", MqttRole.BOARD, null);
        assertProblem(anonymous.post("/api/v1/tickets", issue, "Authorization",
                KioskLogins.header(board.username(), board.password())), 401, "DEVICE_UNAUTHENTICATED");
        assertProblem(anonymous.post("/api/v1/tickets", issue, "Authorization", "Basic %%%"), 401,
                "DEVICE_UNAUTHENTICATED");
        assertProblem(anonymous.post("/api/v1/tickets", issue, "Authorization", "Bearer " + login.password()), 401,
                "DEVICE_UNAUTHENTICATED");

        Http.Response issued = kiosk.issue("HJ", null);
        assertEquals(201, issued.status(), issued.body());
        assertEquals("A001", issued.json().get("number").asText(), "no refused request took a number");
        String token = issued.json().get("token").asText();
        assertProblem(anonymous.post("/api/v1/tickets/" + token + "/void", "{}"), 401, "DEVICE_UNAUTHENTICATED");
        assertEquals(201, Http.clerk5(controller.httpPort()).issue("SB", null).status(), "staff may issue too");
        assertProblem(kiosk.post("/api/v1/windows/5/call-next", null), 401, "UNAUTHENTICATED");
        assertProblem(kiosk.get("/api/v1/tickets?number=A001"), 401, "UNAUTHENTICATED");
        assertEquals("VOIDED", kiosk.post("/api/v1/tickets/" + token + "/void", "{}").json().get("status").asText());

        controller.mqttAccounts().remove(TestHall.KIOSK);
        assertProblem(kiosk.issue("HJ", null), 401, "DEVICE_UNAUTHENTICATED");
    }

    @Test
    void wrongPassword_isToldPlainly_andFiveInARowLockTheAccount() {
        Http.Response wrong = anonymous.post("/api/v1/auth/login", "{\"user\":\"manager\",\"password\":\"guess-1234\"}");
        assertProblem(wrong, 401, "WRONG_CREDENTIALS");
        assertTrue(wrong.json().get("message").asText().contains("用户名或密码错误"));
        assertProblem(anonymous.post("/api/v1/auth/login", "{\"user\":\"nobody\",\"password\":\"guess-1234\"}"),
                401, "WRONG_CREDENTIALS");
        for (int i = 0; i < 4; i++) {
            anonymous.post("/api/v1/auth/login", "{\"user\":\"manager\",\"password\":\"guess-1234\"}");
        }
        Http.Response locked = anonymous.post("/api/v1/auth/login",
                "{\"user\":\"manager\",\"password\":\"" + TestHall.PASSWORD + "\"}");
        assertProblem(locked, 429, "LOCKED");
        assertProblem(anonymous.post("/api/v1/auth/login", "{\"user\":\"manager\"}"), 400, "INVALID");
        assertProblem(anonymous.post("/api/v1/auth/login", "not json"), 400, "INVALID");
    }

    @Test
    void clerk_actsOnlyOnTheAssignedWindow_andOnlyOnTicketWork() {
        Http.kiosk(controller).issue("HJ", null);
        Http clerk = Http.clerk5(controller.httpPort());
        Http.Response called = clerk.post("/api/v1/windows/5/call-next", "{\"actor\":\"manager:boss\"}");
        assertEquals(200, called.status(), called.body());
        Http.Response other = clerk.post("/api/v1/windows/6/call-next", null);
        assertProblem(other, 403, "FORBIDDEN");
        assertTrue(other.json().get("message").asText().contains("6号窗口未分配给您"), other.body());
        assertProblem(clerk.post("/api/v1/windows/5/close", null), 403, "FORBIDDEN");
        assertProblem(clerk.put("/api/v1/policy", "{\"mode\":\"OFF\"}"), 403, "FORBIDDEN");
        assertProblem(clerk.get("/api/v1/audit"), 403, "FORBIDDEN");
        assertNull(anonymous.get("/api/v1/windows/6").json().get("currentTicket").textValue());
        JsonNode events = clerk.get("/api/v1/tickets?number=A001").json().get("events");
        assertEquals("clerk:clerk5", events.get(1).get("actor").asText(), "the logged-in clerk, not what the body claimed");
        assertEquals(200, clerk.post("/api/v1/windows/5/start", null).status());
        assertEquals(200, clerk.post("/api/v1/windows/5/complete", null).status());
        assertEquals("PAUSED", clerk.post("/api/v1/windows/5/pause", null).json().at("/window/state").asText());
    }

    @Test
    void everyStaffWrite_isAuditedWithWhoDidIt() {
        Http manager = Http.manager(controller.httpPort());
        assertEquals(200, manager.post("/api/v1/windows/27/open", "{\"clerk\":\"王芳\"}").status());
        assertEquals(200, manager.put("/api/v1/policy", "{\"mode\":\"APPROVAL\"}").status());
        Http.clerk5(controller.httpPort()).post("/api/v1/windows/7/pause", null);
        List<JsonNode> audit = StreamSupport.stream(manager.get("/api/v1/audit?limit=20").json().spliterator(), false).toList();
        assertTrue(audit.stream().anyMatch(e -> e.get("actor").asText().equals("manager:manager")
                && e.get("action").asText().equals("POST /api/v1/windows/27/open") && e.get("outcome").asInt() == 200
                && e.get("detail").asText().contains("王芳")), audit.toString());
        assertTrue(audit.stream().anyMatch(e -> e.get("action").asText().equals("PUT /api/v1/policy")
                && e.get("detail").asText().contains("APPROVAL")), audit.toString());
        assertTrue(audit.stream().anyMatch(e -> e.get("actor").asText().equals("clerk:clerk5")
                && e.get("outcome").asInt() == 403), "refused attempts are recorded too: " + audit);
        assertTrue(audit.stream().anyMatch(e -> e.get("action").asText().equals("login")
                && e.get("actor").asText().equals("manager:manager")));
        assertFalse(audit.toString().contains(TestHall.PASSWORD), "passwords never reach the audit table");
    }

    @Test
    void afterLogout_theSessionIsGone_andAStaleCookieIsToldToLogInAgain() {
        Http manager = Http.manager(controller.httpPort());
        assertEquals("MANAGER", manager.get("/api/v1/auth/me").json().get("role").asText());
        assertEquals(200, manager.post("/api/v1/auth/logout", null).status());
        assertProblem(manager.get("/api/v1/policy"), 401, "UNAUTHENTICATED");
        Http.Response stale = anonymous.post("/api/v1/windows/5/pause", null, "Cookie", "HALLQ_SESSION=ended-or-expired");
        assertProblem(stale, 401, "SESSION_EXPIRED");
        assertTrue(stale.json().get("message").asText().contains("登录已过期"), stale.body());
    }

    @Test
    void aSession_survivesARestart_butALogoutDoesToo() throws Exception {
        String kept = Http.sessionCookie(controller.httpPort(), TestHall.MANAGER);
        String ended = Http.sessionCookie(controller.httpPort(), TestHall.CLERK_5);
        assertEquals(200, withCookie(ended, "POST", "/api/v1/auth/logout").statusCode());
        controller.close();
        controller = TestHall.start(data, MutableClock.mondayAt(10, 5));
        HttpResponse<String> me = withCookie(kept, "GET", "/api/v1/auth/me");
        assertEquals(200, me.statusCode(), me.body());
        assertTrue(me.body().contains("\"role\":\"MANAGER\""), me.body());
        HttpResponse<String> gone = withCookie(ended, "GET", "/api/v1/auth/me");
        assertEquals(401, gone.statusCode());
        assertTrue(gone.body().contains("SESSION_EXPIRED") && gone.body().contains("登录已过期"), gone.body());
        try (var db = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("hallq.db"));
             var rows = db.createStatement().executeQuery("SELECT token_hash, user_name FROM staff_sessions")) {
            assertTrue(rows.next());
            assertEquals(TestHall.MANAGER, rows.getString(2));
            assertFalse(kept.contains(rows.getString(1)), "the token is stored only as its hash");
            assertFalse(rows.next(), "the logged-out session is not kept");
        }
    }

    private HttpResponse<String> withCookie(String cookie, String method, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest
                .newBuilder(URI.create("http://127.0.0.1:" + controller.httpPort() + path)).header("Cookie", cookie)
                .method(method, HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void writesFromAnotherSite_areRefused() {
        Http manager = Http.manager(controller.httpPort());
        assertProblem(manager.post("/api/v1/windows/27/open", null, "Origin", "http://evil.example"), 403, "FORBIDDEN");
        assertEquals("CLOSED", anonymous.get("/api/v1/windows/27").json().get("state").asText());
        String self = "http://127.0.0.1:" + controller.httpPort();
        assertEquals(200, manager.post("/api/v1/windows/27/open", null, "Origin", self).status());
    }

    @Test
    void managerMovesAClerk_andThePermissionFollowsAtOnce() {
        Http manager = Http.manager(controller.httpPort());
        Http clerk = Http.clerk5(controller.httpPort());
        Http.Response moved = manager.put("/api/v1/staff/clerk5/windows", "{\"windows\":[6]}");
        assertEquals(200, moved.status(), moved.body());
        assertProblem(clerk.post("/api/v1/windows/5/pause", null), 403, "FORBIDDEN");
        assertEquals(200, clerk.post("/api/v1/windows/6/pause", null).status());
        assertProblem(manager.put("/api/v1/staff/nobody/windows", "{\"windows\":[6]}"), 404, "NOT_FOUND");
        assertProblem(manager.put("/api/v1/staff/clerk5/windows", "{\"windows\":[\"x\"]}"), 400, "INVALID");
    }

    @Test
    void firstRun_createsAManagerWhosePasswordOnlyTheOwnerCanRead() throws Exception {
        Path data = TestHall.newDataDir();
        try (Controller fresh = Controller.start(new Controller.Settings(TestHall.demoConfig(), data, "127.0.0.1", 0, null, 0,
                MutableClock.mondayAt(10, 0), true))) {
            Path secret = data.resolve(StaffDirectory.FIRST_PASSWORD_FILE);
            assertEquals(secret, fresh.firstRunPasswordFile());
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(secret)));
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(
                    data.resolve(StaffDirectory.FILE))));
            String password = StaffDirectory.firstPassword(secret);
            assertFalse(Files.readString(data.resolve(StaffDirectory.FILE)).contains(password));
            Http admin = new Http(fresh.httpPort()).login(StaffDirectory.FIRST_MANAGER, password);
            assertEquals("MANAGER", admin.get("/api/v1/auth/me").json().get("role").asText());
        }
    }

    private static void assertProblem(Http.Response r, int status, String code) {
        assertEquals(status, r.status(), r.body());
        assertEquals(code, r.json().get("code").asText(), r.body());
    }
}
