package hallq.city.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import hallq.city.core.BatchCheck;
import hallq.city.core.CityHandovers;
import hallq.city.core.CityReport;
import hallq.city.core.HallDay;
import hallq.city.core.HallEntry;
import hallq.city.core.HubProblem;
import hallq.city.http.HubRoutes.Access;
import hallq.city.store.EventStore;
import hallq.city.store.HandoverStore;
import hallq.city.store.OverviewStore;
import hallq.city.store.PersonKeyFile;
import hallq.city.store.PersonStore;
import hallq.city.store.Registry;
import hallq.city.store.ReportStore;
import hallq.city.store.StaffStore;
import hallq.city.store.StoreFailure;
import hallq.city.store.SupervisionStore;
import hallq.protocol.Json;
import hallq.protocol.city.CityEvent;
import hallq.protocol.city.IngestAck;
import hallq.protocol.city.IngestBatch;
import hallq.protocol.city.PersonKeyRing;
import hallq.protocol.login.BasicLogins;
import hallq.protocol.login.RateLimiter;
import hallq.protocol.web.ChartJs;
import hallq.protocol.web.JettyProblems;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hub's HTTP API (docs/city.md): {@code /health}, the ingest endpoint each hall's relay posts
 * its outbox to (the hall's login), and the city overview (a city staff login). Every refusal is a JSON problem that says what was wrong; nothing of a refused
 * batch is stored.
 */
public final class HubApi implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HubApi.class);
    /** Room for a full batch ({@link IngestBatch#MAX_EVENTS} events of ~0.5 KB) and more, so that 413 is ours. */
    private static final long MAX_BODY = 16L << 20;
    private final Javalin app;
    private final ObjectMapper json = Json.lenient();
    private final OverviewFeed feed;
    private final List<HubRoutes.Entry> endpoints = new ArrayList<>();

    public HubApi(EventStore events, Registry registry, OverviewStore overview, ReportStore reports, StaffStore staff,
                  SupervisionStore supervision, HandoverStore handovers, PersonStore persons, PersonKeyFile keys,
                  InstantSource clock) {
        RateLimiter refused = BasicLogins.refusedPerMinute(Logins.REFUSED_PER_MINUTE, clock);
        Logins halls = new Logins(id -> registry.login(id).map(Registry.Login::passwordHash),
                "the hall's id and password", refused);
        Logins office = new Logins(staff::hash, "a city staff account", refused);
        StaffSessions sessions = new StaffSessions(clock);
        byte[] chart = ChartJs.file();
        this.feed = new OverviewFeed(overview, clock);
        this.app = Javalin.create(cfg -> {
            cfg.jsonMapper(new JavalinJackson(Json.strict(), false));
            cfg.http.defaultContentType = "application/json";
            cfg.http.maxRequestSize = MAX_BODY;
            cfg.startup.showJavalinBanner = false;
            cfg.jetty.modifyServer(server -> server.setErrorHandler(new JettyProblems()));
            HubRoutes routes = new HubRoutes(cfg, ctx -> staffOnly(ctx, office, sessions));
            routes.get("/health", Access.PUBLIC, ctx -> ctx.json(Map.of("status", "UP")));
            routes.get("/api/v1/ingest", Access.HALL, ctx -> ctx.json(events.ack(halls.check(ctx.header("Authorization"), ctx.ip()))));
            routes.post("/api/v1/ingest", Access.HALL, ctx -> {
                String id = halls.check(ctx.header("Authorization"), ctx.ip());
                Registry.Login hall = registry.login(id).orElseThrow(() -> new HubProblem(401, "UNAUTHORIZED",
                        "hall " + id + " is no longer registered"));
                IngestBatch batch = readBatch(ctx);
                List<CityEvent> checked = BatchCheck.check(hall.hall().id(), batch);
                ZoneId zone = ZoneId.of(hall.hall().timezone());
                Instant now = clock.instant();
                IngestAck ack = events.ingest(hall.hall().id(), zone, checked, batch.live(), now, batch.limitsUpTo());
                PersonKeyRing ring = keys.ring(LocalDate.ofInstant(now, zone));
                ctx.json(ack.with(ring.version() == batch.personKeys() ? null : ring, ack.limits()));
            });
            IdentityRoutes.register(routes, halls, registry, persons, json, clock);
            routes.get("/api/v1/handovers/propose", Access.HALL, ctx -> {
                String id = halls.check(ctx.header("Authorization"), ctx.ip());
                String service = ctx.queryParam("service");
                if (service == null || !service.matches("[A-Za-z0-9_-]{1,40}")) {
                    throw HubProblem.invalid("service: the matter's id (1-40 letters, digits, _ or -)");
                }
                ctx.json(CityHandovers.propose(overview.load(clock.instant()), id, service));
            });
            routes.get("/api/v1/city/handovers", Access.STAFF, ctx -> {
                Instant now = clock.instant();
                ctx.json(handovers.list(now.minus(Duration.ofDays(31))).stream()
                        .map(h -> CityHandovers.Row.of(h, now)).toList());
            });
            routes.post("/api/v1/city/login", Access.PUBLIC, ctx -> {
                Map<?, ?> body = readJson(ctx);
                String user = String.valueOf(body.get("user"));
                String password = String.valueOf(body.get("password"));
                office.check("Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                        .getBytes(StandardCharsets.UTF_8)), ctx.ip());
                ctx.res().addHeader("Set-Cookie", StaffSessions.COOKIE + "=" + sessions.start(user)
                        + "; Path=/; HttpOnly; SameSite=Strict");
                ctx.json(Map.of("user", user));
            });
            routes.post("/api/v1/city/logout", Access.PUBLIC, ctx -> {
                sessions.end(ctx.cookie(StaffSessions.COOKIE));
                ctx.res().addHeader("Set-Cookie", StaffSessions.COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict");
                ctx.json(Map.of("loggedOut", true));
            });
            routes.get("/city", Access.PUBLIC, ctx -> page(ctx, "city.html", "text/html; charset=utf-8"));
            routes.get("/city/assets/city.js", Access.PUBLIC, ctx -> page(ctx, "city.js", "text/javascript; charset=utf-8"));
            routes.get("/city/assets/city.css", Access.PUBLIC, ctx -> page(ctx, "city.css", "text/css; charset=utf-8"));
            routes.get("/city/assets/chart.umd.min.js", Access.PUBLIC, ctx -> ctx.contentType(
                    "text/javascript; charset=utf-8").header("Cache-Control", "max-age=86400").result(chart));
            routes.get("/city/services", Access.PUBLIC, ctx -> page(ctx, "services.html", "text/html; charset=utf-8"));
            routes.get("/city/assets/services.js", Access.PUBLIC, ctx -> page(ctx, "services.js",
                    "text/javascript; charset=utf-8"));
            routes.get("/api/v1/city/services", Access.PUBLIC, ctx -> ctx.contentType("application/json")
                    .result(feed.services()));
            BookingRoutes.register(routes, new HallBooking(overview, clock), clock, HubApi::page);
            routes.get("/api/v1/city/reports/daily", Access.STAFF, ctx -> {
                LocalDate day = dateParam(ctx, "date");
                report(ctx, CityReport.build(day, day, reports.input(day, day, clock.instant())));
            });
            routes.get("/api/v1/city/reports/monthly", Access.STAFF, ctx -> {
                YearMonth month = monthParam(ctx);
                LocalDate from = month.atDay(1);
                LocalDate to = month.atEndOfMonth();
                report(ctx, CityReport.build(from, to, reports.input(from, to, clock.instant())));
            });
            routes.get("/api/v1/city/reports/daily.png", Access.STAFF, ctx -> {
                LocalDate day = dateParam(ctx, "date");
                chart(ctx, CityReport.build(day, day, reports.input(day, day, clock.instant())), reports.serviceNames(null));
            });
            routes.get("/api/v1/city/reports/monthly.png", Access.STAFF, ctx -> {
                YearMonth month = monthParam(ctx);
                chart(ctx, CityReport.build(month.atDay(1), month.atEndOfMonth(), reports.input(month.atDay(1),
                        month.atEndOfMonth(), clock.instant())), reports.serviceNames(null));
            });
            routes.get("/api/v1/city/halls/{id}/day", Access.STAFF, ctx -> {
                HallEntry hall = registry.login(ctx.pathParam("id")).map(Registry.Login::hall).orElseThrow(() ->
                        new HubProblem(404, "NOT_FOUND", "no hall " + ctx.pathParam("id") + " is registered"));
                LocalDate day = ctx.queryParam("date") == null
                        ? LocalDate.ofInstant(clock.instant(), ZoneId.of(hall.timezone())) : dateParam(ctx, "date");
                ctx.json(new HallDay(hall, day, CityReport.build(day, day, reports.input(day, day, clock.instant(),
                        hall.id())), reports.hours(hall.id(), day), reports.serviceNames(hall.id()),
                        supervision.alerts(day).stream().filter(a -> a.hallId().equals(hall.id())).toList()));
            });
            routes.get("/api/v1/city/alerts", Access.STAFF, ctx -> ctx.json(supervision.alerts(
                    ctx.queryParam("date") == null ? null : dateParam(ctx, "date"))));
            routes.get("/api/v1/city/notices", Access.STAFF, ctx -> {
                LocalDate to = ctx.queryParam("to") == null ? LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)
                        : dateParam(ctx, "to");
                LocalDate from = ctx.queryParam("from") == null ? to.minusDays(30) : dateParam(ctx, "from");
                if (from.isAfter(to) || from.isBefore(to.minusYears(1))) {
                    throw HubProblem.invalid("from, to: a period of at most a year, from not after to");
                }
                String hall = ctx.queryParam("hall");
                if (hall != null && !HallEntry.validId(hall)) {
                    throw HubProblem.invalid("hall: a hall id (1 to 40 of a-z, 0-9 and '-')");
                }
                ctx.json(supervision.notices(from, to, hall, clock.instant()));
            });
            routes.post("/api/v1/city/notices", Access.STAFF, ctx -> {
                NoticeRequest r = NoticeRequest.read(json, ctx.bodyAsBytes());
                ctx.status(201).json(supervision.send(r.hallId(), r.alertId(), r.message().strip(),
                        ctx.attribute(HubRoutes.STAFF_ATTRIBUTE), r.within(), clock.instant()));
            });
            routes.get("/api/v1/city/overview", Access.STAFF, ctx -> ctx.contentType("application/json")
                    .result(feed.get()));
            endpoints.addAll(routes.entries());
            cfg.routes.exception(HubProblem.class, (e, ctx) -> {
                if (e.status() == 429) {
                    ctx.header("Retry-After", "60");
                }
                problem(ctx, e.status(), e.code(), e.getMessage());
            });
            cfg.routes.exception(StoreFailure.class, (e, ctx) -> {
                LOG.error("database failure on {} {}", ctx.method(), ctx.path(), e);
                problem(ctx, 503, "STORAGE", e.getMessage());
            });
            cfg.routes.exception(HttpResponseException.class, (e, ctx) ->
                    problem(ctx, e.getStatus(), "HTTP_" + e.getStatus(), e.getMessage()));
            cfg.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("unexpected failure on {} {}", ctx.method(), ctx.path(), e);
                problem(ctx, 500, "INTERNAL", "internal error; nothing of the request was stored");
            });
            cfg.routes.error(404, ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty()) {
                    problem(ctx, 404, "NOT_FOUND", "no such endpoint: " + ctx.method() + " " + ctx.path());
                }
            });
            cfg.routes.error(405, ctx -> problem(ctx, 405, "METHOD", ctx.method() + " is not allowed on " + ctx.path()));
        });
    }

    private static void report(Context ctx, CityReport report) {
        if ("csv".equals(ctx.queryParam("format"))) {
            ctx.contentType("text/csv; charset=utf-8").header("Content-Disposition", "attachment; filename=\"city-"
                    + report.from() + (report.to().equals(report.from()) ? "" : "-" + report.to()) + ".csv\"")
                    .result("\uFEFF" + ReportCsv.write(report)); // the BOM makes spreadsheets read it as UTF-8
        } else {
            ctx.json(report);
        }
    }

    /** {@code ?chart=} of {@link CityCharts#CHARTS} (default levels), as PNG. */
    private static void chart(Context ctx, CityReport report, Map<String, String> serviceNames) {
        String chart = ctx.queryParam("chart") == null ? "levels" : ctx.queryParam("chart");
        ctx.result(CityCharts.draw(report, chart, serviceNames)).contentType("image/png");
        ctx.res().setCharacterEncoding(null); // an image has no charset
    }

    private static LocalDate dateParam(Context ctx, String name) {
        String v = ctx.queryParam(name);
        try {
            return LocalDate.parse(v);
        } catch (RuntimeException e) {
            throw HubProblem.invalid(name + ": a date as 2026-12-02, not " + v);
        }
    }

    private static YearMonth monthParam(Context ctx) {
        String v = ctx.queryParam("month");
        try {
            return YearMonth.parse(v);
        } catch (RuntimeException e) {
            throw HubProblem.invalid("month: a month as 2026-12, not " + v);
        }
    }

    /** A city staff member: by the session cookie of the pages, or HTTP Basic for scripts. */
    private static String staffOnly(Context ctx, Logins office, StaffSessions sessions) {
        Optional<String> session = sessions.find(ctx.cookie(StaffSessions.COOKIE));
        return session.isPresent() ? session.get() : office.check(ctx.header("Authorization"), ctx.ip());
    }

    private Map<?, ?> readJson(Context ctx) {
        Map<?, ?> body;
        try {
            body = json.readValue(ctx.bodyAsBytes(), Map.class);
        } catch (Exception e) {
            body = null;
        }
        if (body == null) { // not JSON, or JSON's null
            throw HubProblem.invalid("the body is not a JSON object: send {\"user\":…,\"password\":…}");
        }
        return body;
    }

    /** A page or asset of the city's web pages, from the hub's own files (no network). */
    private static void page(Context ctx, String file, String type) throws IOException {
        try (InputStream in = HubApi.class.getResourceAsStream("/web/" + file)) {
            if (in == null) {
                throw new HubProblem(404, "NOT_FOUND", "no such page: " + file);
            }
            ctx.contentType(type).header("Cache-Control", "no-cache").result(in.readAllBytes());
        }
    }

    private IngestBatch readBatch(Context ctx) {
        byte[] body = ctx.bodyAsBytes(); // over MAX_BODY: Javalin's 413
        IngestBatch batch;
        try {
            batch = json.readValue(body, IngestBatch.class);
        } catch (Exception e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            throw HubProblem.invalid("the body is not a batch of city events: " + (why.length() > 300 ? why.substring(0, 300) : why));
        }
        if (batch == null) {
            throw HubProblem.invalid("the body is not a batch of city events: null");
        }
        return batch;
    }

    private static void problem(Context ctx, int status, String code, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("code", code);
        body.put("message", message);
        ctx.status(status).json(body);
    }

    /** Every endpoint with who may call it ("GET /health PUBLIC"), in the order registered. */
    public List<String> endpoints() {
        return endpoints.stream().map(HubRoutes.Entry::toString).toList();
    }

    public HubApi start(String host, int port) {
        app.start(host, port);
        return this;
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        feed.close();
        app.stop();
    }
}
