package hallq.controller.adapter.http;

import hallq.controller.service.OutsideLinks;
import hallq.controller.service.QueueService;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;

/** Health, metrics, devices, the links to the outside (好差评 export, city hub), the OpenAPI description. */
final class SystemRoutes {
    private final QueueService service;
    private final Metrics metrics;
    private final BooleanSupplier mqttConnected;
    private final Supplier<OutsideLinks> links;
    private final byte[] openApi;

    /** {@code links}: the 好差评 export's and the city relay's state (/health says only OFF, LINKED or UNLINKED). */
    SystemRoutes(QueueService service, Metrics metrics, BooleanSupplier mqttConnected, Supplier<OutsideLinks> links) {
        this.service = service;
        this.metrics = metrics;
        this.mqttConnected = mqttConnected;
        this.links = links;
        try (InputStream in = SystemRoutes.class.getResourceAsStream("/openapi.yaml")) {
            this.openApi = in == null ? new byte[0] : in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("openapi.yaml cannot be read", e);
        }
    }

    /** The links with the hall's own times (as every time the dashboard shows). */
    private Map<String, Object> linksView(OutsideLinks l) {
        ZoneId zone = ZoneId.of(service.config().hall().timezone());
        Function<Instant, OffsetDateTime> at = t -> t == null ? null : t.atZone(zone).toOffsetDateTime();
        Map<String, Object> out = new LinkedHashMap<>();
        if (l.ratings() != null) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("sink", l.ratings().sink());
            x.put("exported", l.ratings().exported());
            x.put("problem", l.ratings().problem());
            x.put("failingSince", at.apply(l.ratings().failingSince()));
            out.put("ratings", x);
        }
        if (l.city() != null) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("linked", l.city().linked());
            c.put("acknowledged", l.city().acknowledged());
            c.put("pending", l.city().pending());
            c.put("lastAcknowledged", at.apply(l.city().lastAcknowledged()));
            c.put("problem", l.city().problem());
            out.put("city", c);
        }
        return out;
    }

    void register(Routes routes) {
        routes.get("/health", Access.PUBLIC, ctx -> {
            Map<String, Object> h = new LinkedHashMap<>();
            h.put("status", "UP");
            h.put("hall", service.config().hall().id());
            h.put("time", service.clock().instant().atZone(ZoneId.of(service.config().hall().timezone()))
                    .toOffsetDateTime().toString());
            h.put("mqtt", mqttConnected.getAsBoolean() ? "CONNECTED" : "DISCONNECTED");
            h.put("city", links.get().cityState());
            ctx.json(h);
        });
        routes.get("/metrics", Access.PUBLIC, ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                .result(metrics.scrape()));
        routes.get("/api/v1/devices", Access.STAFF, ctx -> ctx.json(service.devices().devices()));
        routes.get("/api/v1/system/links", Access.MANAGER, ctx -> ctx.json(linksView(links.get())));
        routes.get("/api/v1/openapi.yaml", Access.PUBLIC, ctx -> ctx.contentType("application/yaml").result(openApi));
    }
}
