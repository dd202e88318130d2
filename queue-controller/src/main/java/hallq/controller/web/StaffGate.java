package hallq.controller.web;

import hallq.controller.auth.AuditLog;
import hallq.controller.auth.Role;
import hallq.controller.auth.Sessions;
import hallq.controller.auth.StaffAccount;
import hallq.controller.auth.StaffDirectory;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.net.URI;
import java.time.InstantSource;
import java.util.Set;

/**
 * Who may call what. Reads are public unless listed as staff reads; writes need a manager unless
 * listed as public (kiosks, citizens, login), as a staff member's own (their password) or as window
 * work a clerk may do on an assigned window. The logged-in person becomes the recorded actor, and
 * every staff write goes into the audit table (without passwords).
 */
final class StaffGate {
    static final String COOKIE = "HALLQ_SESSION";
    static final String ACCOUNT = "hallq.staff.account";
    private static final String AUDIT = "hallq.staff.audit";
    private static final Set<String> STAFF_READS = Set.of("/api/v1/tickets", "/api/v1/policy", "/api/v1/alerts",
            "/api/v1/live/hall", "/api/v1/auth/me", "/api/v1/windows/{n}/upcoming", "/api/v1/ratings",
            "/api/v1/work-orders", "/api/v1/work-orders.csv", "/api/v1/work-orders/{id}", "/api/v1/supervision",
            "/api/v1/devices", "/api/v1/waits", "/api/v1/live/pages");
    private static final Set<String> MANAGER_READS = Set.of("/api/v1/audit", "/api/v1/staff");
    /** Citizens (by their ticket's or appointment's token), booking, and logging in and out. */
    private static final Set<String> PUBLIC_WRITES = Set.of("/api/v1/tickets/{token}/rating", "/api/v1/appointments",
            "/api/v1/appointments/{token}/cancel", "/api/v1/auth/login", "/api/v1/auth/logout");
    /** Writes any logged-in staff member may make about themselves. */
    private static final Set<String> STAFF_WRITES = Set.of(AuthRoutes.OWN_PASSWORD);
    /** Writes whose bodies carry passwords: audited without them. */
    private static final Set<String> SECRET_BODIES = Set.of(AuthRoutes.OWN_PASSWORD, AuthRoutes.RESET_PASSWORD);
    private static final String AUDIT_DETAIL = "hallq.staff.audit.detail";
    /** What kiosks do: a kiosk's login (HTTP Basic) or any staff member's session. */
    private static final Set<String> KIOSK_WRITES = Set.of("/api/v1/tickets", "/api/v1/tickets/{token}/void",
            "/api/v1/appointments/check-in");
    private static final String REPORTS = "/api/v1/reports/";
    private static final String WINDOW_ACTION = "/api/v1/windows/{n}/{action}";
    /** What a clerk may do on an assigned window; opening, closing, skills and clerk changes are for managers. */
    private static final Set<String> CLERK_ACTIONS = Set.of("call-next", "recall", "call", "start", "complete",
            "no-show", "transfer", "postpone", "bring-back", "pause", "resume");

    private enum Need { PUBLIC, KIOSK, STAFF, MANAGER, WINDOW }

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
        io.javalin.router.Endpoint matched = ctx.endpoints().matchedHttpEndpoint();
        if (matched == null) {
            return; // a static file: pages and their scripts are public, the data behind them is not
        }
        String route = matched.path;
        boolean write = ctx.method() != HandlerType.GET && ctx.method() != HandlerType.HEAD
                && ctx.method() != HandlerType.OPTIONS;
        Need need = need(route, write);
        if (need == Need.PUBLIC) {
            return;
        }
        if (write) {
            refuseOtherSites(ctx);
        }
        if (need == Need.KIOSK && kioskOrStaff(ctx)) {
            return;
        }
        StaffAccount who = current(ctx);
        if (need == Need.MANAGER && who.role() != Role.MANAGER) {
            deny(ctx, who, Problems.Refused.managersOnly());
        }
        if (need == Need.WINDOW) {
            authorizeWindow(ctx, who);
        }
        ctx.attribute(ACCOUNT, who);
        ctx.attribute(StaffAccount.ACTOR_ATTRIBUTE, who.actor());
        if (write) {
            ctx.attribute(AUDIT, who.actor());
            if (SECRET_BODIES.contains(route)) {
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
        KioskLogins.Verdict verdict = header == null ? new KioskLogins.Refused() : kiosks.check(header, ctx.ip());
        if (verdict instanceof KioskLogins.Kiosk kiosk) {
            ctx.attribute(StaffAccount.ACTOR_ATTRIBUTE, "device:" + kiosk.name());
            return true;
        }
        if (verdict instanceof KioskLogins.Limited) {
            ctx.header("Retry-After", "60");
            throw Problems.Refused.deviceLoginsLimited();
        }
        if (ctx.cookie(COOKIE) == null) {
            throw Problems.Refused.kioskOnly();
        }
        return false;
    }

    private static Need need(String route, boolean write) {
        if (!write) {
            if (MANAGER_READS.contains(route)) {
                return Need.MANAGER;
            }
            return STAFF_READS.contains(route) || route.startsWith(REPORTS) ? Need.STAFF : Need.PUBLIC;
        }
        if (PUBLIC_WRITES.contains(route)) {
            return Need.PUBLIC;
        }
        if (STAFF_WRITES.contains(route)) {
            return Need.STAFF;
        }
        if (KIOSK_WRITES.contains(route)) {
            return Need.KIOSK;
        }
        return route.equals(WINDOW_ACTION) ? Need.WINDOW : Need.MANAGER;
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
        if (!CLERK_ACTIONS.contains(ctx.pathParam("action")) && isKnownAction(ctx.pathParam("action"))) {
            deny(ctx, who, Problems.Refused.managersOnly());
        }
        String n = ctx.pathParam("n");
        if (n.matches("\\d{1,6}") && !who.works(Integer.parseInt(n))) {
            deny(ctx, who, Problems.Refused.notYourWindow(Integer.parseInt(n)));
        }
    }

    private static boolean isKnownAction(String action) {
        return hallq.controller.core.WindowAction.ofPath(action) != null;
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
