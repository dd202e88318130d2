package hallq.controller.adapter.http;

import hallq.controller.service.QueueService;
import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Health, the OpenAPI description, and the hall configuration's public part. */
final class SystemRoutes {
    private final QueueService service;
    private final Metrics metrics;
    private final BooleanSupplier mqttConnected;
    private final Supplier<String> cityLink;
    private final byte[] openApi;

    /** {@code cityLink}: OFF (no hub), LINKED or UNLINKED (the relay's state; its details stay off the public page). */
    SystemRoutes(QueueService service, Metrics metrics, BooleanSupplier mqttConnected, Supplier<String> cityLink) {
        this.service = service;
        this.metrics = metrics;
        this.mqttConnected = mqttConnected;
        this.cityLink = cityLink;
        try (InputStream in = SystemRoutes.class.getResourceAsStream("/openapi.yaml")) {
            this.openApi = in == null ? new byte[0] : in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("openapi.yaml cannot be read", e);
        }
    }

    void register(Routes routes) {
        routes.get("/health", Access.PUBLIC, ctx -> {
            Map<String, Object> h = new LinkedHashMap<>();
            h.put("status", "UP");
            h.put("hall", service.config().hall().id());
            h.put("time", service.clock().instant().atZone(ZoneId.of(service.config().hall().timezone()))
                    .toOffsetDateTime().toString());
            h.put("mqtt", mqttConnected.getAsBoolean() ? "CONNECTED" : "DISCONNECTED");
            h.put("city", cityLink.get());
            ctx.json(h);
        });
        routes.get("/metrics", Access.PUBLIC, ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                .result(metrics.scrape()));
        routes.get("/api/v1/devices", Access.STAFF, ctx -> ctx.json(service.devices().devices()));
        routes.get("/api/v1/openapi.yaml", Access.PUBLIC, ctx -> ctx.contentType("application/yaml").result(openApi));
    }
}
