package hallq.controller.adapter.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import hallq.controller.service.QueueService;
import hallq.protocol.rest.WorkOrderAction;
import hallq.protocol.rest.WorkOrderView;
import io.javalin.http.Context;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

/** The rectification ledger (差评工单): list (JSON or CSV), one order, and its steps. */
final class WorkOrderRoutes {
    private static final CsvMapper CSV = (CsvMapper) new CsvMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final CsvSchema SCHEMA = CSV.schemaFor(WorkOrderView.class).withHeader();
    private final QueueService service;

    WorkOrderRoutes(QueueService service) {
        this.service = service;
    }

    void register(Routes routes) {
        routes.get("/api/v1/work-orders", Access.STAFF, ctx -> ctx.json(list(ctx)));
        routes.get("/api/v1/work-orders.csv", Access.STAFF, this::csv);
        routes.get("/api/v1/work-orders/{id}", Access.STAFF, ctx -> ctx.json(service.workOrders().get(Requests.intPath(ctx, "id"))));
        routes.post("/api/v1/work-orders/{id}/{action}", Access.MANAGER, this::act);
    }

    private List<WorkOrderView> list(Context ctx) {
        LocalDate to = Requests.date(ctx, "to");
        LocalDate from = Requests.date(ctx, "from");
        LocalDate end = to != null ? to : service.hall().businessDate();
        return service.workOrders().between(from != null ? from : end.minusDays(30), end);
    }

    private void csv(Context ctx) {
        try {
            String body = CSV.writer(SCHEMA).writeValueAsString(list(ctx));
            ctx.contentType("text/csv; charset=utf-8")
                    .header("Content-Disposition", "attachment; filename=\"work-orders.csv\"")
                    .result("\uFEFF" + body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void act(Context ctx) {
        WorkOrderAction body = Requests.body(ctx, WorkOrderAction.class, new WorkOrderAction(null, null));
        ctx.json(service.workOrders().act(Requests.intPath(ctx, "id"), ctx.pathParam("action"), body,
                Requests.actor(ctx, "manager")));
    }
}
