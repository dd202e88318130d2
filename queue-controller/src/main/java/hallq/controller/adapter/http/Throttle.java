package hallq.controller.adapter.http;

import hallq.protocol.login.RateLimiter;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import java.time.Duration;
import java.time.InstantSource;

/**
 * Per-address limits on the two public doors an attacker would lean on: logging in (each attempt
 * costs a bcrypt check, and a spray over many user names dodges the per-account lock) and the
 * citizen token URLs (guessing tokens shows up as a run of unknown ones). Honest traffic never
 * comes near either limit: citizens behind one hall Wi-Fi address share it, so ordinary reads are
 * not counted at all — only login attempts and lookups of tokens that do not exist.
 */
final class Throttle {
    static final int LOGINS_PER_MINUTE = 20;
    static final int UNKNOWN_TOKENS_PER_MINUTE = 30;
    private static final String LOGIN = "/api/v1/auth/login";
    private final RateLimiter logins;
    private final RateLimiter unknownTokens;

    Throttle(InstantSource clock) {
        this.logins = new RateLimiter(LOGINS_PER_MINUTE, Duration.ofMinutes(1), clock);
        this.unknownTokens = new RateLimiter(UNKNOWN_TOKENS_PER_MINUTE, Duration.ofMinutes(1), clock);
    }

    void register(JavalinConfig cfg) {
        cfg.routes.beforeMatched(this::check);
        cfg.routes.after(this::count);
    }

    private void check(Context ctx) {
        String route = route(ctx);
        if (route == null) {
            return;
        }
        if (route.equals(LOGIN) && !logins.allow(ctx.ip())) {
            ctx.header("Retry-After", "60");
            throw new TooMany("登录尝试过于频繁，请一分钟后再试 / too many login attempts from this address; "
                    + "try again in a minute");
        }
        if (route.contains("{token}") && unknownTokens.over(ctx.ip())) {
            ctx.header("Retry-After", "60");
            throw new TooMany("查询的号码不存在次数过多，请一分钟后再试 / too many unknown ticket or "
                    + "appointment codes from this address; try again in a minute");
        }
    }

    private void count(Context ctx) {
        String route = route(ctx);
        if (route != null && route.contains("{token}") && ctx.statusCode() == 404) {
            unknownTokens.record(ctx.ip());
        }
    }

    private static String route(Context ctx) {
        Endpoint matched = ctx.endpoints().matchedHttpEndpoint();
        return matched == null ? null : matched.path;
    }
}
