package hallq.controller.adapter.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hallq.controller.service.QueueService;
import hallq.protocol.Json;
import hallq.protocol.config.PolicyConfig;
import io.javalin.http.Context;
import java.io.UncheckedIOException;

/** The window-opening policy: settings, proposals to approve or reject, and the alerts it raised. */
final class PolicyRoutes {
    private static final ObjectMapper JSON = Json.strict();
    private final QueueService service;

    PolicyRoutes(QueueService service) {
        this.service = service;
    }

    void register(Routes routes) {
        routes.get("/api/v1/policy", Access.STAFF, ctx -> ctx.json(service.policy().view()));
        routes.put("/api/v1/policy", Access.MANAGER, this::change);
        routes.post("/api/v1/policy/proposals/{id}/{verdict}", Access.MANAGER, this::decide);
        routes.get("/api/v1/supervision", Access.STAFF, ctx -> ctx.json(service.hall().notices(Requests.date(ctx, "date"))));
        routes.get("/api/v1/alerts", Access.STAFF, ctx -> ctx.json(service.hall().alerts(limit(ctx))));
    }

    /** Only the fields given change; the rest keep their current values. */
    private void change(Context ctx) {
        JsonNode given = Requests.body(ctx, JsonNode.class, null);
        if (!given.isObject()) {
            throw new ProblemHandlers.BadRequest("a JSON object with policy fields is required");
        }
        ObjectNode merged = JSON.valueToTree(service.policy().view().settings());
        merged.setAll((ObjectNode) given);
        PolicyConfig wanted;
        try {
            wanted = JSON.treeToValue(merged, PolicyConfig.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        ctx.json(service.policy().change(wanted));
    }

    private void decide(Context ctx) {
        String id = ctx.pathParam("id");
        if (!id.matches("\\d{1,12}")) {
            throw new ProblemHandlers.BadRequest("proposal id must be a number, got '" + Requests.clip(id) + "'");
        }
        String actor = Requests.actor(ctx, "manager");
        switch (ctx.pathParam("verdict")) {
            case "approve" -> ctx.json(service.policy().approve(Long.parseLong(id), actor));
            case "reject" -> ctx.json(service.policy().reject(Long.parseLong(id), actor));
            default -> throw new ProblemHandlers.BadRequest("use .../approve or .../reject");
        }
    }

    private static int limit(Context ctx) {
        String v = ctx.queryParam("limit");
        if (v == null) {
            return 50;
        }
        if (!v.matches("\\d{1,3}") || Integer.parseInt(v) < 1) {
            throw new ProblemHandlers.BadRequest("limit must be 1..999");
        }
        return Integer.parseInt(v);
    }
}
