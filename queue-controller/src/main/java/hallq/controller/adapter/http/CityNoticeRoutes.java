package hallq.controller.adapter.http;

import hallq.controller.service.QueueService;
import hallq.protocol.rest.WorkOrderAction;

/** The city's supervision notices (督办): the list for staff, a manager's acknowledge and answer. */
final class CityNoticeRoutes {
    private final QueueService service;

    CityNoticeRoutes(QueueService service) {
        this.service = service;
    }

    void register(Routes routes) {
        routes.get("/api/v1/city-notices", Access.STAFF, ctx -> ctx.json(service.citySupervisions().list()));
        routes.post("/api/v1/city-notices/{id}/{action}", Access.MANAGER, ctx -> {
            WorkOrderAction body = Requests.body(ctx, WorkOrderAction.class, new WorkOrderAction(null, null));
            ctx.json(service.citySupervisions().act(Requests.intPath(ctx, "id"), ctx.pathParam("action"), body.text(),
                    Requests.actor(ctx, "manager")));
        });
    }
}
