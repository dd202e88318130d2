package hallq.controller.adapter.http;

import hallq.controller.service.QueueService;
import hallq.protocol.rest.ServiceView;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.concurrent.TimeUnit;

/** Prometheus metrics: request latency by route and status, waiting and predicted wait per service. */
public final class Metrics {
    private static final String STARTED = "hallq.started";
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

    public Metrics(QueueService service) {
        for (ServiceView s : service.hall().services()) {
            Gauge.builder("hallq.queue.waiting", service, q -> q.hall().service(s.id()).waiting())
                    .tag("service", s.id()).description("citizens waiting").register(registry);
            Gauge.builder("hallq.queue.predicted.wait.minutes", service, q -> {
                Double p = q.hall().service(s.id()).predictedWaitMinutes();
                return p == null ? Double.NaN : p;
            }).tag("service", s.id()).description("predicted wait for a new arrival").register(registry);
            Gauge.builder("hallq.tickets.issued.today", service, q -> q.hall().service(s.id()).issuedToday())
                    .tag("service", s.id()).register(registry);
        }
    }

    void register(JavalinConfig cfg) {
        cfg.routes.before(ctx -> ctx.attribute(STARTED, System.nanoTime()));
        cfg.routes.after(ctx -> {
            Long started = ctx.attribute(STARTED);
            if (started != null) {
                Timer.builder("hallq.http.requests").tag("method", ctx.method().name())
                        .tag("route", route(ctx))
                        .tag("status", Integer.toString(ctx.statusCode())).register(registry)
                        .record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
            }
        });
    }

    /** The route pattern (not the raw path, which would make a metric per ticket token). */
    private static String route(Context ctx) {
        try {
            return ctx.endpoint().path;
        } catch (RuntimeException e) {
            return "unmatched";
        }
    }

    String scrape() {
        return registry.scrape();
    }
}
