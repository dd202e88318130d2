package hallq.controller.adapter.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import hallq.controller.auth.AuditLog;
import hallq.controller.auth.Authenticator;
import hallq.controller.auth.PasswordHasher;
import hallq.controller.auth.Role;
import hallq.controller.auth.Sessions;
import hallq.controller.auth.StaffAccount;
import hallq.protocol.Json;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.time.InstantSource;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Log in and out, who am I, passwords (one's own; a clerk's reset by a manager), the audit trail,
 * and clerks' window assignments (A/B cover).
 */
final class AuthRoutes {
    private final Authenticator auth;
    private final AuditLog audit;
    private final InstantSource clock;
    private final ZoneId zone;

    AuthRoutes(Authenticator auth, AuditLog audit, InstantSource clock, ZoneId zone) {
        this.auth = auth;
        this.audit = audit;
        this.clock = clock;
        this.zone = zone;
    }

    void register(Routes routes) {
        routes.post("/api/v1/auth/login", Access.PUBLIC, this::login);
        routes.post("/api/v1/auth/logout", Access.PUBLIC, this::logout);
        routes.get("/api/v1/auth/me", Access.STAFF, ctx -> ctx.json(describe(ctx.attribute(StaffGate.ACCOUNT))));
        routes.get("/api/v1/audit", Access.MANAGER, ctx -> ctx.json(audit.recent(limit(ctx)).stream().map(this::view).toList()));
        routes.get("/api/v1/staff", Access.MANAGER, ctx -> ctx.json(auth.directory().all().stream().map(AuthRoutes::describe).toList()));
        routes.put("/api/v1/staff/{user}/windows", Access.MANAGER, this::assign);
        routes.postSecret(OWN_PASSWORD, Access.OWN_ACCOUNT, this::changeOwnPassword);
        routes.postSecret(RESET_PASSWORD, Access.MANAGER, this::resetPassword);
    }

    static final String OWN_PASSWORD = "/api/v1/auth/password";
    static final String RESET_PASSWORD = "/api/v1/staff/{user}/password";

    /**
     * Any staff member changes their own password, giving the current one (wrong ones count towards
     * the lock like at login). Every session of theirs ends; this browser gets a new one.
     */
    private void changeOwnPassword(Context ctx) {
        StaffAccount me = ctx.attribute(StaffGate.ACCOUNT);
        JsonNode body = object(ctx);
        String current = text(body, "currentPassword");
        char[] fresh = newPassword(body);
        if (current.equals(new String(fresh))) {
            throw Problems.Refused.invalid("新密码不能与原密码相同 / the new password must differ from the current one");
        }
        Authenticator.Result check = auth.login(me.user(), current.toCharArray());
        if (check instanceof Authenticator.Locked l) {
            long seconds = Math.max(1, l.left().toSeconds());
            throw new Problems.Refused(429, "LOCKED", "密码错误次数过多，请 " + seconds + " 秒后再试 / too many wrong passwords, "
                    + "try again in " + seconds + " s");
        }
        if (!(check instanceof Authenticator.Success ok)) {
            throw new Problems.Refused(403, "WRONG_PASSWORD", "原密码不正确 / the current password is wrong");
        }
        StaffAccount changed = ok.account().withPasswordHash(auth.hasher().hash(fresh));
        auth.directory().put(changed);
        auth.sessions().closeAll(changed.user());
        Sessions.Session session = auth.sessions().open(changed.user(), changed.passwordHash());
        ctx.cookie(sessionCookie(ctx, session.token()));
        Map<String, Object> m = describe(changed);
        m.put("sessionEndsAt", auth.sessions().endsAt(session).toString());
        ctx.json(m);
    }

    /**
     * A manager sets a new password for a clerk: the one given, or a generated one shown in this
     * answer only. The clerk's sessions end. Managers' own passwords are theirs (or the CLI's).
     */
    private void resetPassword(Context ctx) {
        StaffAccount clerk = auth.directory().find(ctx.pathParam("user"))
                .orElseThrow(() -> new Problems.Refused(404, "NOT_FOUND", "no such staff account"));
        if (clerk.role() != Role.CLERK) {
            throw new Problems.Refused(409, "CONFLICT", "只能重置窗口工作人员的密码；管理人员请自行修改或使用命令行 / only clerks' "
                    + "passwords are reset here; a manager changes their own, or uses the CLI");
        }
        String body = ctx.body();
        JsonNode given = body.isBlank() ? null : object(ctx).get("newPassword");
        boolean generated = given == null || given.isNull();
        char[] password = generated ? auth.hasher().randomPassword(12).toCharArray() : newPassword(object(ctx));
        StaffAccount changed = clerk.withPasswordHash(auth.hasher().hash(password));
        auth.directory().put(changed);
        auth.sessions().closeAll(changed.user());
        Map<String, Object> m = describe(changed);
        m.put("password", generated ? new String(password) : null);
        ctx.header("Cache-Control", "no-store").json(m);
    }

    private static char[] newPassword(JsonNode body) {
        JsonNode v = body.get("newPassword");
        if (v == null || !v.isTextual()) {
            throw Problems.Refused.invalid("请填写新密码 / newPassword is required");
        }
        String problem = PasswordHasher.problem(v.asText().toCharArray());
        if (problem != null) {
            throw Problems.Refused.invalid(problem);
        }
        return v.asText().toCharArray();
    }

    private static Cookie sessionCookie(Context ctx, String token) {
        return new Cookie(StaffGate.COOKIE, token, "/", -1, "https".equals(ctx.scheme()), true, null, SameSite.STRICT);
    }

    private void login(Context ctx) {
        JsonNode body = object(ctx);
        String user = text(body, "user");
        String password = text(body, "password");
        Authenticator.Result r = auth.login(user, password.toCharArray());
        String who = "login:" + (user.length() > 32 ? user.substring(0, 32) : user);
        if (r instanceof Authenticator.Success s) {
            ctx.cookie(sessionCookie(ctx, s.session().token()));
            audit.record(new AuditLog.Entry(clock.instant(), s.account().actor(), "login", null, null, 200));
            Map<String, Object> me = describe(s.account());
            me.put("sessionEndsAt", auth.sessions().endsAt(s.session()).toString());
            ctx.json(me);
        } else if (r instanceof Authenticator.Locked l) {
            long seconds = Math.max(1, l.left().toSeconds());
            audit.record(new AuditLog.Entry(clock.instant(), who, "login", null, "locked", 429));
            Problems.write(ctx, 429, "LOCKED", "密码错误次数过多，请 " + seconds + " 秒后再试 / too many wrong passwords, try again in "
                    + seconds + " s");
        } else {
            audit.record(new AuditLog.Entry(clock.instant(), who, "login", null, "wrong user name or password", 401));
            Problems.write(ctx, 401, "WRONG_CREDENTIALS", "用户名或密码错误 / wrong user name or password");
        }
    }

    private void logout(Context ctx) {
        String token = ctx.cookie(StaffGate.COOKIE);
        auth.sessions().close(token);
        ctx.removeCookie(StaffGate.COOKIE, "/");
        ctx.json(Map.of("loggedOut", true));
    }

    /** Which windows a clerk works: a manager moves a clerk to cover another window. */
    private void assign(Context ctx) {
        StaffAccount clerk = auth.directory().find(ctx.pathParam("user"))
                .orElseThrow(() -> new Problems.Refused(404, "NOT_FOUND", "no such staff account"));
        JsonNode windows = object(ctx).get("windows");
        if (windows == null || !windows.isArray() || windows.size() > 30) {
            throw Problems.Refused.invalid("give {\"windows\": [window numbers]}");
        }
        List<Integer> numbers = new ArrayList<>();
        for (JsonNode w : windows) {
            if (!w.canConvertToInt() || w.asInt() < 1) {
                throw Problems.Refused.invalid("windows must be window numbers, got " + w);
            }
            numbers.add(w.asInt());
        }
        if (clerk.role() != Role.CLERK) {
            throw new Problems.Refused(409, "CONFLICT", "only clerks have assigned windows");
        }
        StaffAccount moved = clerk.withWindows(numbers);
        auth.directory().put(moved);
        ctx.json(describe(moved));
    }

    /** An audit row with its time in the hall's offset, like every other time the API gives. */
    private Map<String, Object> view(AuditLog.Entry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("at", e.at().atZone(zone).toOffsetDateTime());
        m.put("actor", e.actor());
        m.put("action", e.action());
        m.put("target", e.target());
        m.put("detail", e.detail());
        m.put("outcome", e.outcome());
        return m;
    }

    static Map<String, Object> describe(StaffAccount a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("user", a.user());
        m.put("name", a.name());
        m.put("role", a.role());
        m.put("windows", a.windows());
        return m;
    }

    private static JsonNode object(Context ctx) {
        try {
            JsonNode n = Json.strict().readTree(ctx.body());
            if (n == null || !n.isObject()) {
                throw Problems.Refused.invalid("a JSON object is required");
            }
            return n;
        } catch (JsonProcessingException e) {
            throw Problems.Refused.invalid("the body is not valid JSON");
        }
    }

    private static String text(JsonNode body, String field) {
        JsonNode v = body.get(field);
        if (v == null || !v.isTextual() || v.asText().isEmpty() || v.asText().length() > 200) {
            throw Problems.Refused.invalid(field + " is required");
        }
        return v.asText();
    }

    private static int limit(Context ctx) {
        String v = ctx.queryParam("limit");
        if (v == null) {
            return 100;
        }
        if (!v.matches("\\d{1,4}") || Integer.parseInt(v) < 1 || Integer.parseInt(v) > 1000) {
            throw Problems.Refused.invalid("limit must be 1..1000");
        }
        return Integer.parseInt(v);
    }
}
