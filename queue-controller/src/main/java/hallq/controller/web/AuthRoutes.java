package hallq.controller.web;

import com.fasterxml.jackson.databind.JsonNode;
import hallq.controller.auth.AuditLog;
import hallq.controller.auth.Authenticator;
import hallq.controller.auth.Role;
import hallq.controller.auth.StaffAccount;
import hallq.protocol.Json;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Log in and out, who am I, the audit trail, and clerks' window assignments (A/B cover). */
final class AuthRoutes {
    private final Authenticator auth;
    private final AuditLog audit;
    private final InstantSource clock;
    private final java.time.ZoneId zone;

    AuthRoutes(Authenticator auth, AuditLog audit, InstantSource clock, java.time.ZoneId zone) {
        this.auth = auth;
        this.audit = audit;
        this.clock = clock;
        this.zone = zone;
    }

    void register(JavalinConfig cfg) {
        cfg.routes.post("/api/v1/auth/login", this::login);
        cfg.routes.post("/api/v1/auth/logout", this::logout);
        cfg.routes.get("/api/v1/auth/me", ctx -> ctx.json(describe(ctx.attribute(StaffGate.ACCOUNT))));
        cfg.routes.get("/api/v1/audit", ctx -> ctx.json(audit.recent(limit(ctx)).stream().map(this::view).toList()));
        cfg.routes.get("/api/v1/staff", ctx -> ctx.json(auth.directory().all().stream().map(AuthRoutes::describe).toList()));
        cfg.routes.put("/api/v1/staff/{user}/windows", this::assign);
    }

    private void login(Context ctx) {
        JsonNode body = object(ctx);
        String user = text(body, "user");
        String password = text(body, "password");
        Authenticator.Result r = auth.login(user, password.toCharArray());
        String who = "login:" + (user.length() > 32 ? user.substring(0, 32) : user);
        if (r instanceof Authenticator.Success s) {
            ctx.cookie(new Cookie(StaffGate.COOKIE, s.session().token(), "/", -1, "https".equals(ctx.scheme()), true,
                    null, SameSite.STRICT));
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
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
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
