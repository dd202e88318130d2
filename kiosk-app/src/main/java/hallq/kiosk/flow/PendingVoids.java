package hallq.kiosk.flow;

import hallq.kiosk.client.ControllerClient;
import hallq.kiosk.client.ControllerException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tickets a citizen gave up after a failed print whose void could not reach the controller: kept
 * and voided at the next chance, so a ticket nobody holds does not stay in the queue.
 */
public final class PendingVoids {

    private static final Logger log = LoggerFactory.getLogger(PendingVoids.class);

    /** What became of a void: done, kept for later (controller away), or refused by the controller. */
    public enum Result { VOIDED, QUEUED, REFUSED }

    private final ControllerClient controller;
    private final List<String> tokens = new CopyOnWriteArrayList<>();

    public PendingVoids(ControllerClient controller) {
        this.controller = controller;
    }

    /** Voids now; if the controller cannot be reached, keeps the token for {@link #retry()}. */
    public Result voidOrKeep(String token, String reason) {
        try {
            controller.voidTicket(token, reason);
            return Result.VOIDED;
        } catch (ControllerException e) {
            if (!e.unreachable()) {
                log.warn("void of a ticket refused: {}", e.getMessage());
                return Result.REFUSED;
            }
            tokens.add(token);
            log.warn("ticket could not be voided now, will retry: {}", e.getMessage());
            return Result.QUEUED;
        }
    }

    /** Tries every kept token again; called with each poll. */
    public void retry() {
        for (String token : tokens) {
            try {
                controller.voidTicket(token, "given up by the citizen (retried)");
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
