package hallq.controller.adapter.http;

import hallq.controller.report.Reports;
import hallq.controller.service.QueueService;
import hallq.protocol.Json;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import io.javalin.config.JavalinConfig;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The controller's REST API (docs/api.md, and {@code /api/v1/openapi.yaml} served by the app):
 * routes, JSON, and errors as problem bodies. Handlers live in small route classes.
 */
public final class HttpApi implements AutoCloseable {
    private final Javalin app;

    public HttpApi(QueueService service, Metrics metrics, BooleanSupplier mqttConnected) {
        this(service, metrics, mqttConnected, null);
    }

    /** {@code reports} (null: none) serves the daily and monthly reports. */
    public HttpApi(QueueService service, Metrics metrics, BooleanSupplier mqttConnected, Reports reports) {
        this(service, metrics, mqttConnected, reports, cfg -> { });
    }

    /** {@code web} adds the staff gate, the live feed and the pages (hallq.controller.web). */
    public HttpApi(QueueService service, Metrics metrics, BooleanSupplier mqttConnected, Reports reports,
                   Consumer<JavalinConfig> web) {
        TicketRoutes tickets = new TicketRoutes(service);
        WindowRoutes windows = new WindowRoutes(service);
        PolicyRoutes policy = new PolicyRoutes(service);
        AppointmentRoutes appointments = new AppointmentRoutes(service);
        WorkOrderRoutes workOrders = new WorkOrderRoutes(service);
        SystemRoutes system = new SystemRoutes(service, metrics, mqttConnected);
        this.app = Javalin.create(cfg -> {
            cfg.jsonMapper(new JavalinJackson(Json.strict(), false));
            cfg.http.defaultContentType = "application/json";
            cfg.startup.showJavalinBanner = false;
            ProblemHandlers.register(cfg);
            metrics.register(cfg);
            new Throttle(service.clock()).register(cfg);
            web.accept(cfg);
            system.register(cfg);
            tickets.register(cfg);
            windows.register(cfg);
            policy.register(cfg);
            new GuideRoutes(service.config()).register(cfg);
            appointments.register(cfg);
            if (reports != null) {
                new ReportRoutes(reports).register(cfg);
            }
            workOrders.register(cfg);
        });
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
