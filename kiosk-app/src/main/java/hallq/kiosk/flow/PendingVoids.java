package hallq.kiosk.flow;

import hallq.kiosk.client.ControllerClient;
import hallq.kiosk.client.ControllerException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tickets that failed to print and could not be voided at once (controller away): kept and
 * voided at the next chance, so a ticket nobody holds is never left in the queue.
 */
public final class PendingVoids {

    private static final Logger log = LoggerFactory.getLogger(PendingVoids.class);

    private final ControllerClient controller;
    private final List<String> tokens = new CopyOnWriteArrayList<>();

    public PendingVoids(ControllerClient controller) {
        this.controller = controller;
    }

    /** Voids now; if the controller cannot be reached, keeps the token and returns false. */
    public boolean voidOrKeep(String token, String reason) {
        try {
            controller.voidTicket(token, reason);
            return true;
        } catch (ControllerException e) {
            if (!e.unreachable()) {
                log.warn("void of a ticket refused: {}", e.getMessage());
                return false;
            }
            tokens.add(token);
            log.warn("ticket could not be voided now, will retry: {}", e.getMessage());
            return false;
        }
    }

    /** Tries every kept token again; called with each poll. */
    public void retry() {
        for (String token : tokens) {
            try {
                controller.voidTicket(token, "not printed (retried)");
                tokens.remove(token);
            } catch (ControllerException e) {
                if (!e.unreachable()) {
                    tokens.remove(token);
                }
                return;
            }
        }
    }

    public int size() {
        return tokens.size();
    }
}
