package hallq.controller.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import hallq.controller.app.Controller;
import hallq.controller.testing.Http;
import hallq.controller.testing.TestHall;
import hallq.protocol.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Passwords from the web: one's own (old password required), a clerk's reset by a manager; both audited without them. */
class PasswordsIT {
    private static final String NEW = "a-new-password-7";
    private Controller controller;
    private int port;

    @BeforeEach
    void start() throws Exception {
        controller = TestHall.start(TestHall.newDataDir(), MutableClock.mondayAt(10, 0));
        port = controller.httpPort();
    }

    @AfterEach
    void stop() {
        controller.close();
    }

    @Test
    void aClerkChangesTheirOwnPassword_andTheirOtherSessionsEnd() {
        Http desk = Http.clerk5(port);
        Http phone = Http.clerk5(port);
        assertProblem(desk.post("/api/v1/auth/password", change("wrong-password", NEW)), 403, "WRONG_PASSWORD",
                "原密码不正确");
        Http.Response tooShort = desk.post("/api/v1/auth/password", change(TestHall.PASSWORD, "short"));
        assertProblem(tooShort, 400, "INVALID", "密码至少需要 8 个字符");
        assertTrue(tooShort.json().get("message").asText().contains("at least 8 characters"), tooShort.body());
        assertProblem(desk.post("/api/v1/auth/password", change(TestHall.PASSWORD, TestHall.PASSWORD)), 400, "INVALID",
                "新密码不能与原密码相同");
        assertProblem(desk.post("/api/v1/auth/password", "{\"currentPassword\":\"" + TestHall.PASSWORD + "\"}"), 400,
                "INVALID", "请填写新密码");
        assertProblem(new Http(port).post("/api/v1/auth/password", change(TestHall.PASSWORD, NEW)), 401,
                "UNAUTHENTICATED", "请先登录");
        assertEquals(200, phone.get("/api/v1/auth/me").status(), "refused changes changed nothing");

        Http.Response changed = desk.post("/api/v1/auth/password", change(TestHall.PASSWORD, NEW));
        assertEquals(200, changed.status(), changed.body());
        assertEquals(200, desk.get("/api/v1/auth/me").status(), "this browser got a new session");
        assertEquals(200, desk.post("/api/v1/windows/5/pause", null).status());
        assertProblem(phone.get("/api/v1/auth/me"), 401, "SESSION_EXPIRED", "登录已过期");
        assertEquals(401, new Http(port).post("/api/v1/auth/login", login(TestHall.CLERK_5, TestHall.PASSWORD)).status());
        assertEquals(200, new Http(port).post("/api/v1/auth/login", login(TestHall.CLERK_5, NEW)).status());
        assertAuditedWithoutPasswords("clerk:clerk5", "POST /api/v1/auth/password");
    }

    @Test
    void wrongOldPasswords_lockLikeWrongLogins() {
        Http clerk = Http.clerk5(port);
        for (int i = 0; i < 5; i++) {
            assertEquals(403, clerk.post("/api/v1/auth/password", change("guess-" + i + "-xyz", NEW)).status());
        }
        assertProblem(clerk.post("/api/v1/auth/password", change(TestHall.PASSWORD, NEW)), 429, "LOCKED", "密码错误次数过多");
    }

    @Test
    void aManagerResetsAClerksPassword_andOnlyAManagerMay() {
        Http clerk = Http.clerk5(port);
        Http manager = Http.manager(port);
        assertProblem(clerk.post("/api/v1/staff/clerk5/password", null), 403, "FORBIDDEN", "只有管理人员");
        assertProblem(manager.post("/api/v1/staff/nobody/password", null), 404, "NOT_FOUND", "no such staff account");
        assertProblem(manager.post("/api/v1/staff/manager/password", null), 409, "CONFLICT", "只能重置窗口工作人员的密码");
        assertProblem(manager.post("/api/v1/staff/clerk5/password", "{\"newPassword\":\"1234567\"}"), 400, "INVALID",
                "至少需要 8 个字符");
        assertEquals(200, clerk.get("/api/v1/auth/me").status(), "refused resets changed nothing");

        Http.Response reset = manager.post("/api/v1/staff/clerk5/password", null);
        assertEquals(200, reset.status(), reset.body());
        String generated = reset.json().get("password").asText();
        assertEquals(12, generated.length(), reset.body());
        assertProblem(clerk.get("/api/v1/auth/me"), 401, "SESSION_EXPIRED", "登录已过期");
        Http again = new Http(port).login(TestHall.CLERK_5, generated);
        assertEquals("CLERK", again.get("/api/v1/auth/me").json().get("role").asText());

        Http.Response chosen = manager.post("/api/v1/staff/clerk5/password", "{\"newPassword\":\"" + NEW + "\"}");
        assertEquals(200, chosen.status(), chosen.body());
        assertNull(chosen.json().get("password").textValue(), "a password the manager chose is not echoed");
        new Http(port).login(TestHall.CLERK_5, NEW);
        assertAuditedWithoutPasswords("manager:manager", "POST /api/v1/staff/clerk5/password");
        assertFalse(manager.get("/api/v1/audit?limit=50").body().contains(generated));
    }

    private void assertAuditedWithoutPasswords(String actor, String action) {
        JsonNode audit = Http.manager(port).get("/api/v1/audit?limit=50").json();
        boolean found = false;
        for (JsonNode e : audit) {
            found |= e.get("actor").asText().equals(actor) && e.get("action").asText().equals(action)
                    && e.get("outcome").asInt() == 200;
        }
        assertTrue(found, actor + " " + action + " in " + audit);
        assertFalse(audit.toString().contains(NEW), "no new password in the audit: " + audit);
        assertFalse(audit.toString().contains(TestHall.PASSWORD), "no old password in the audit: " + audit);
    }

    private static String change(String current, String fresh) {
        return "{\"currentPassword\":\"" + current + "\",\"newPassword\":\"" + fresh + "\"}";
    }

    private static String login(String user, String password) {
        return "{\"user\":\"" + user + "\",\"password\":\"" + password + "\"}";
    }

    private static void assertProblem(Http.Response r, int status, String code, String part) {
        assertEquals(status, r.status(), r.body());
        assertEquals(code, r.json().get("code").asText(), r.body());
        assertTrue(r.json().get("message").asText().contains(part), r.body());
    }
}
