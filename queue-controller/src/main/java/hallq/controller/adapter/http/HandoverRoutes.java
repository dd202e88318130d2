package hallq.controller.adapter.http;

import hallq.controller.core.Outcome;
import hallq.controller.service.QueueService;
import hallq.controller.service.Rejection;
import hallq.protocol.rest.HandoverRequest;
import hallq.protocol.rest.PrintRequest;
import hallq.protocol.rest.WorkOrderAction;

/**
 * Handovers (代办转报): a station clerk hands the citizen at the window over; staff list them and
 * act on them (accept, return, result, picked-up); the 收件通知书 again on a window's printer; the pickup
 * ticket; the citizen's tracking read.
 * Registered before the window routes, so {@code /windows/{n}/handover} is not taken for a window action.
 */
public final class HandoverRoutes {
    private final QueueService service;
    private final Proposals proposals;

    /** Asks the city hub which halls should take a handover of a matter (its JSON), or says why it cannot. */
    @FunctionalInterface
    public interface Proposals {
        String of(String serviceId) throws Exception;
    }

    HandoverRoutes(QueueService service, Proposals proposals) {
        this.service = service;
        this.proposals = proposals;
    }

    void register(Routes routes) {
        routes.post("/api/v1/windows/{n}/handover", Access.WINDOW_WORK, ctx -> {
            int window = Requests.intPath(ctx, "n");
            HandoverRequest r = Requests.body(ctx, HandoverRequest.class, null);
            ctx.status(201).json(service.handovers().send(window, r, Requests.actor(ctx, "window:" + window)));
        });
        routes.get("/api/v1/handovers", Access.STAFF, ctx -> ctx.json(service.handovers().list()));
        routes.get("/api/v1/handover-proposals", Access.STAFF, ctx -> {
            String matter = ctx.queryParam("service");
            if (matter == null || !matter.matches("[A-Za-z0-9_-]{1,40}")) {
                throw new ProblemHandlers.BadRequest("service: the matter's id (1-40 letters, digits, _ or -)");
            }
            if (proposals == null) {
                throw new ProblemHandlers.Unavailable("本大厅未接入市级平台，请直接填写接收大厅编号 / this hall is not "
                        + "linked to a city hub: type the receiving hall's id");
            }
            try {
                ctx.contentType("application/json").result(proposals.of(matter));
            } catch (Exception e) {
                throw new ProblemHandlers.Unavailable("暂时无法连接市级平台，请直接填写接收大厅编号 / the city hub cannot be "
                        + "asked now (" + e.getMessage() + "): type the receiving hall's id");
            }
        });
        routes.get("/api/v1/handovers/{receipt}", Access.STAFF,
                ctx -> ctx.json(service.handovers().one(ctx.pathParam("receipt"))));
        routes.get("/api/v1/handovers/{receipt}/qr.svg", Access.STAFF, ctx -> {
            String url = service.handovers().one(ctx.pathParam("receipt")).trackUrl();
            if (url == null) {
                throw new Rejection(Outcome.Reason.NOT_FOUND, "handover " + Requests.clip(ctx.pathParam("receipt"))
                        + " is followed at the station that sent it");
            }
            ctx.contentType("image/svg+xml").header("Cache-Control", "no-store").result(QrSvg.of(url));
        });
        routes.post("/api/v1/handovers/{receipt}/pickup-ticket", Access.KIOSK, ctx -> ctx.status(201)
                .json(service.handovers().pickupTicket(ctx.pathParam("receipt"), Requests.actor(ctx, "kiosk"))));
        routes.post("/api/v1/handovers/{receipt}/print", Access.STAFF, ctx -> {
            PrintRequest body = Requests.body(ctx, PrintRequest.class, null);
            if (body.window() == null || body.window() < 1 || body.window() > 9999) {
                throw new ProblemHandlers.BadRequest("window: the number of the window whose printer prints it");
            }
            ctx.status(202).json(service.handovers().print(ctx.pathParam("receipt"), body.window()));
        });
        routes.post("/api/v1/handovers/{receipt}/{action}", Access.STAFF, ctx -> {
            WorkOrderAction body = Requests.body(ctx, WorkOrderAction.class, new WorkOrderAction(null, null));
            ctx.json(service.handovers().act(ctx.pathParam("receipt"), ctx.pathParam("action"), body.text(),
                    Requests.actor(ctx, "staff")));
        });
        routes.post("/api/v1/handover-track/{token}/pickup-ticket", Access.KIOSK, ctx -> ctx.status(201)
                .json(service.handovers().pickupTicketByToken(ctx.pathParam("token"), Requests.actor(ctx, "kiosk"))));
        routes.get("/api/v1/handover-track/{token}", Access.PUBLIC, ctx -> ctx.header("Cache-Control", "no-store")
                .header("Referrer-Policy", "no-referrer").json(service.handovers().track(ctx.pathParam("token"))));
    }
}
