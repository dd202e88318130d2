package hallq.controller.adapter.http;

import hallq.controller.auth.AuditLog;
import hallq.controller.auth.Role;
import hallq.controller.auth.Sessions;
import hallq.controller.auth.StaffAccount;
import hallq.controller.auth.StaffDirectory;
import hallq.controller.core.WindowAction;
import hallq.protocol.login.BasicLogins;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import java.net.URI;
import java.time.InstantSource;
import java.util.Set;

/**
 * Lets a request through when its caller has the {@link Access} its route states (deny by default:
 * a route states staff unless it says otherwise). The logged-in person becomes the recorded actor,
 * and every staff write goes into the audit table (without passwords).
 */
final class StaffGate {
    static final String COOKIE = "HALLQ_SESSION";
    static final String ACCOUNT = "hallq.staff.account";
    private static final String AUDIT = "hallq.staff.audit";
    private static final String AUDIT_DETAIL = "hallq.staff.audit.detail";
    /** What a clerk may do on an assigned window; opening, closing, skills and clerk changes are for managers. */
    private static final Set<String> CLERK_ACTIONS = Set.of("call-next", "recall", "call", "start", "complete",
            "no-show", "transfer", "postpone", "bring-back", "pause", "resume");

    private final Sessions sessions;
    private final StaffDirectory directory;
    private final AuditLog audit;
    private final InstantSource clock;
    private final KioskLogins kiosks;

    StaffGate(Sessions sessions, StaffDirectory directory, AuditLog audit, InstantSource clock, KioskLogins kiosks) {
        this.sessions = sessions;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
        this.kiosks = kiosks;
    }

    void register(JavalinConfig cfg) {
        cfg.routes.exception(Problems.Refused.class, (e, ctx) -> Problems.write(ctx, e.status, e.code, e.getMessage()));
        cfg.routes.beforeMatched(this::check);
        cfg.routes.after(this::record);
    }

    private void check(Context ctx) {
        Endpoint matched = ctx.endpoints().matchedHttpEndpoint();
        if (matched == null) {
            return; // a static file: pages and their scripts are public, the data behind them is not
        }
        Routes.Guard guard = Routes.guard(matched);
        if (guard == null) {
            throw new IllegalStateException(matched.method + " " + matched.path + " states no access level");
        }
        Access access = guard.access();
        if (access == Access.PUBLIC) {
            return;
        }
        boolean write = ctx.method() != HandlerType.GET && ctx.method() != HandlerType.HEAD
                && ctx.method() != HandlerType.OPTIONS;
        if (write) {
            // the body (within the request limit) is read before any refusal: one sent while the caller
            // is still uploading reaches it as a reset connection, not as the 401 or 403 it should see
            ctx.bodyAsBytes();
            refuseOtherSites(ctx);
        }
        if (access == Access.KIOSK && kioskOrStaff(ctx)) {
            return;
        }
        StaffAccount who = current(ctx);
        if (access == Access.MANAGER && who.role() != Role.MANAGER) {
            deny(ctx, who, Problems.Refused.managersOnly());
        }
        if (access == Access.WINDOW_WORK) {
            authorizeWindow(ctx, who);
        }
        ctx.attribute(ACCOUNT, who);
        ctx.attribute(StaffAccount.ACTOR_ATTRIBUTE, who.actor());
        if (write) {
            ctx.attribute(AUDIT, who.actor());
            if (guard.secretBody()) {
                ctx.attribute(AUDIT_DETAIL, "(password not recorded)");
            }
        }
    }

    /**
     * True when the request carries a kiosk's login; false when it should be judged as a staff
     * request (no login header but a session cookie, or a refused login and a session cookie).
     */
    private boolean kioskOrStaff(Context ctx) {
        String header = ctx.header("Authorization");
        BasicLogins.Verdict verdict = header == null ? new BasicLogins.Refused() : kiosks.check(header, ctx.ip());
        if (verdict instanceof BasicLogins.Valid kiosk) {
            ctx.attribute(StaffAccount.ACTOR_ATTRIBUTE, "device:" + kiosk.name());
            return true;
        }
        if (verdict instanceof BasicLogins.Limited) {
            ctx.header("Retry-After", "60");
            throw Problems.Refused.deviceLoginsLimited();
        }
        if (ctx.cookie(COOKIE) == null) {
            throw Problems.Refused.kioskOnly();
        }
        return false;
    }

    /** The logged-in account, or a refusal that says whether to log in or log in again. */
    StaffAccount current(Context ctx) {
        Sessions.Lookup found = sessions.touch(ctx.cookie(COOKIE));
        if (found instanceof Sessions.Missing) {
            throw Problems.Refused.missing();
        }
        if (!(found instanceof Sessions.Active active)) {
            throw Problems.Refused.expired();
        }
        StaffAccount account = directory.find(active.session().user()).orElseThrow(Problems.Refused::expired);
        if (!active.session().issuedFor(account.passwordHash())) {
            throw Problems.Refused.expired(); // the password was changed since this login
        }
        return account;
    }

    private void authorizeWindow(Context ctx, StaffAccount who) {
        if (who.role() == Role.MANAGER) {
            return;
        }
        String action = ctx.pathParamMap().get("action"); // none on a window's own routes (its handover: a clerk's work)
        if (action != null && !CLERK_ACTIONS.contains(action) && isKnownAction(action)) {
            deny(ctx, who, Problems.Refused.managersOnly());
        }
        String n = ctx.pathParam("n");
        if (n.matches("\\d{1,6}") && !who.works(Integer.parseInt(n))) {
            deny(ctx, who, Problems.Refused.notYourWindow(Integer.parseInt(n)));
        }
    }

    private static boolean isKnownAction(String action) {
        return WindowAction.ofPath(action) != null;
    }

    private void deny(Context ctx, StaffAccount who, Problems.Refused refusal) {
        audit.record(new AuditLog.Entry(clock.instant(), who.actor(), ctx.method() + " " + ctx.path(), null,
                "refused: " + refusal.getMessage(), refusal.status));
        throw refusal;
    }

    /** With SameSite=Strict cookies this is a second lock: a browser names the page a write came from. */
    private static void refuseOtherSites(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin == null) {
            return;
        }
        String host = ctx.header("Host");
        try {
            URI o = URI.create(origin);
            if (o.getHost() == null) {
                throw Problems.Refused.crossSite();
            }
            String originHost = o.getPort() < 0 ? o.getHost() : o.getHost() + ":" + o.getPort();
            if (host == null || !host.equalsIgnoreCase(originHost)) {
                throw Problems.Refused.crossSite();
            }
        } catch (IllegalArgumentException e) {
            throw Problems.Refused.crossSite();
        }
    }

    private void record(Context ctx) {
        String actor = ctx.attribute(AUDIT);
        if (actor != null) {
            String body = ctx.attribute(AUDIT_DETAIL) != null ? ctx.attribute(AUDIT_DETAIL) : ctx.body();
            audit.record(new AuditLog.Entry(clock.instant(), actor, ctx.method() + " " + ctx.path(), null,
                    body.isBlank() ? null : body, ctx.statusCode()));
        }
    }
}
