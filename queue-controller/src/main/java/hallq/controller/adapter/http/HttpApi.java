package hallq.controller.adapter.http;

import hallq.controller.report.Reports;
import hallq.controller.service.OutsideLinks;
import hallq.controller.service.QueueService;
import hallq.protocol.Json;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The controller's REST API (docs/api.md, and {@code /api/v1/openapi.yaml} served by the app):
 * routes, JSON, and errors as problem bodies. Handlers live in small route classes, each route
 * registered through {@link Routes} with who may call it.
 */
public final class HttpApi implements AutoCloseable {
    private final Javalin app;

    private final List<Routes.Entry> table;

    /**
     * The whole API: {@code web} is the staff gate, the live feed and the pages; {@code links} the
     * 好差评 export's and the city relay's state; {@code reports}
     * (null: none) serves the daily and monthly reports.
     *
     * @throws IllegalStateException when a route states no access level
     */
    public HttpApi(QueueService service, Metrics metrics, BooleanSupplier mqttConnected, Supplier<OutsideLinks> links,
                   Reports reports, WebConsole web) {
        this(service, metrics, mqttConnected, links, reports, web, null, null);
    }

    /**
     * As above; {@code proposals} asks the city hub which hall should take a handover, and {@code hubUrl} is
     * that hub, whose forwarded bookings count by the citizen's address (both null: no hub).
     */
    public HttpApi(QueueService service, Metrics metrics, BooleanSupplier mqttConnected, Supplier<OutsideLinks> links,
                   Reports reports, WebConsole web, HandoverRoutes.Proposals proposals, String hubUrl) {
        ClientAddress clients = ClientAddress.forHub(hubUrl);
        this.app = Javalin.create(cfg -> {
            cfg.jsonMapper(new JavalinJackson(Json.strict(), false));
            cfg.http.defaultContentType = "application/json";
            cfg.startup.showJavalinBanner = false;
            ProblemHandlers.register(cfg);
            metrics.register(cfg);
            new Throttle(service.clock()).register(cfg);
            Routes routes = new Routes(cfg);
            web.register(routes);
            new SystemRoutes(service, metrics, mqttConnected, links).register(routes);
            new TicketRoutes(service).register(routes);
            new HandoverRoutes(service, proposals).register(routes);
            new WindowRoutes(service).register(routes);
            new PolicyRoutes(service).register(routes);
            new GuideRoutes(service.config()).register(routes);
            new AppointmentRoutes(service, clients).register(routes);
            if (reports != null) {
                new ReportRoutes(reports).register(routes);
            }
            new WorkOrderRoutes(service).register(routes);
            new CityNoticeRoutes(service).register(routes);
        });
        this.table = Routes.table(app);
    }

    /** Every endpoint with who may call it, in the order registered. */
    public List<String> endpoints() {
        return table.stream().map(Routes.Entry::toString).toList();
    }

    public HttpApi start(String host, int port) {
        app.start(host, port);
        return this;
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }

}
