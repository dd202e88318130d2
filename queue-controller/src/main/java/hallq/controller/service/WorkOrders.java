package hallq.controller.service;

import hallq.controller.core.Outcome;
import hallq.controller.core.WorkOrder;
import hallq.protocol.rest.WorkOrderAction;
import hallq.protocol.rest.WorkOrderView;
import java.time.LocalDate;
import java.util.List;

/** Work orders raised from bad ratings: their steps, one order, and those of a period. */
public final class WorkOrders {
    private final HallWriter writer;
    private final QueueStore store;

    WorkOrders(HallWriter writer, QueueStore store) {
        this.writer = writer;
        this.store = store;
    }

    /** A step on a work order: accept, return, redispatch, extend, finish. */
    public WorkOrderView act(long id, String action, WorkOrderAction body, String actor) {
        return writer.submit((hall, now) -> hall.core().workOrder(id, action, body.text(), body.days(), actor, now),
                (hall, w) -> hall.views().workOrder(w));
    }

    public WorkOrderView get(long id) {
        return writer.read(hall -> {
            WorkOrder w = hall.core().state().ledger().workOrder(id);
            if (w == null) {
                throw new Rejection(Outcome.Reason.NOT_FOUND, "no open or recent work order " + id);
            }
            return hall.views().workOrder(w);
        });
    }

    /** Work orders dispatched between two dates (inclusive), oldest first; open ones as held now. */
    public List<WorkOrderView> between(LocalDate from, LocalDate to) {
        return writer.stored(() -> store.workOrders(from, to), "the work orders", Views::workOrder);
    }
}
