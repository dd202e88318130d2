package hallq.controller.adapter.http;

import hallq.controller.core.WindowAction;
import hallq.controller.core.WindowCommand;
import hallq.controller.service.QueueService;
import hallq.protocol.rest.WindowActionRequest;
import hallq.protocol.rest.WindowView;
import io.javalin.http.Context;
import java.util.Arrays;

/** Windows and what clerks and managers do with them: {@code POST /api/v1/windows/{n}/{action}}. */
final class WindowRoutes {
    private final QueueService service;

    WindowRoutes(QueueService service) {
        this.service = service;
    }

    void register(Routes routes) {
        // public reads: clerks' names masked as on the boards (staff see them whole on the live dashboard)
        routes.get("/api/v1/windows", Access.PUBLIC, ctx -> ctx.json(service.windows().list().stream().map(WindowView::forPublic).toList()));
        routes.get("/api/v1/windows/{n}", Access.PUBLIC, ctx -> ctx.json(service.windows().get(Requests.intPath(ctx, "n")).forPublic()));
        routes.post("/api/v1/windows/{n}/{action}", Access.WINDOW_WORK, this::act);
        routes.put("/api/v1/windows/{n}/skills", Access.MANAGER, ctx -> act(ctx, WindowAction.SKILLS));
        routes.get("/api/v1/hall", Access.PUBLIC, ctx -> ctx.json(service.hall().snapshot().forPublic()));
    }

    private void act(Context ctx) {
        WindowAction action = WindowAction.ofPath(ctx.pathParam("action"));
        if (action == null) {
            throw new ProblemHandlers.BadRequest("unknown window action '" + Requests.clip(ctx.pathParam("action"))
                    + "'; one of " + String.join(", ", Arrays.stream(WindowAction.values()).map(WindowAction::path).toList()));
        }
        act(ctx, action);
    }

    private void act(Context ctx, WindowAction action) {
        int window = Requests.intPath(ctx, "n");
        WindowActionRequest r = Requests.body(ctx, WindowActionRequest.class, WindowActionRequest.empty());
        String actor = Requests.actor(ctx, r.actor() != null ? Requests.clip(r.actor()) : "window:" + window);
        ctx.json(service.windows().act(new WindowCommand(window, action, r.ticket(), r.toService(), r.toWindow(), r.clerk(),
                r.services(), r.reason() == null ? null : Requests.clip(r.reason()), actor, r.caseNumber())));
    }
}
