package hallq.controller.service;

import hallq.protocol.mqtt.Alert;
import hallq.protocol.mqtt.CallEvent;
import hallq.protocol.mqtt.EvaluatorPrompt;
import hallq.protocol.rest.WindowView;
import java.time.LocalDate;
import java.util.List;

/** Told of each stored change, in order, after it is durable: calls to announce and windows that changed. */
public interface HallListener {
    void changed(List<CallEvent> calls, List<WindowView> windows);

    /** Decisions of the window-opening policy, as alerts for managers. */
    default void alerts(List<Alert> alerts) {
    }

    /** Citizens just served (completed at a window): their window's evaluator asks for a rating. */
    default void served(List<EvaluatorPrompt> prompts) {
    }

    /** Tickets just issued, each with the wait predicted for it as it was stored. */
    default void issued(List<Issued> tickets) {
    }

    /** A new ticket and its predicted wait in minutes (null when no open window serves its service). */
    record Issued(long ticketId, LocalDate businessDate, Double predictedWaitMinutes,
                  Double predictedWaitP90Minutes) {
    }
}
