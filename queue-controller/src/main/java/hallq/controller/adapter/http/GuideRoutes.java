package hallq.controller.adapter.http;

import hallq.controller.core.Outcome;
import hallq.controller.guide.GuidePage;
import hallq.controller.guide.GuideView;
import hallq.controller.service.Rejection;
import hallq.protocol.config.HallConfig;
import io.javalin.http.Context;

/** Service guides (办事指南), public: JSON for pages and apps, and the printable 一次性告知 page. */
final class GuideRoutes {
    private final HallConfig config;

    GuideRoutes(HallConfig config) {
        this.config = config;
    }

    void register(Routes routes) {
        routes.get("/api/v1/services/{id}/guide", Access.PUBLIC, this::json);
        routes.get("/guide/{id}", Access.PUBLIC, this::page);
    }

    private void json(Context ctx) {
        GuideView g = GuideView.of(config, ctx.pathParam("id"));
        if (g == null) {
            throw new Rejection(Outcome.Reason.NOT_FOUND, missing(ctx.pathParam("id")));
        }
        ctx.json(g);
    }

    private void page(Context ctx) {
        String lang = ctx.queryParam("lang");
        GuidePage.Lang l = lang == null || lang.equalsIgnoreCase("zh") ? GuidePage.Lang.ZH
                : lang.equalsIgnoreCase("en") ? GuidePage.Lang.EN : null;
        if (l == null) {
            ctx.status(400).contentType("text/html; charset=utf-8")
                    .result("<!DOCTYPE html><meta charset=\"utf-8\"><p>lang must be zh or en</p>");
            return;
        }
        GuideView g = GuideView.of(config, ctx.pathParam("id"));
        ctx.contentType("text/html; charset=utf-8");
        if (g == null) {
            ctx.status(404).result(GuidePage.notFound(Requests.clip(ctx.pathParam("id")), l));
        } else {
            ctx.result(GuidePage.render(g, l));
        }
    }

    private String missing(String id) {
        return config.service(id) == null ? "unknown service '" + Requests.clip(id) + "'"
                : "service '" + id + "' has no guide";
    }
}
