package hallq.devices.evaluator;

import hallq.devices.TicketNumbers;
import java.util.Objects;

/** A citizen's rating of the service for {@code ticket} at window {@code window}. */
public record Rating(int window, String ticket, Score score) {

    public Rating {
        if (window < 1 || window > 254) {
            throw new IllegalArgumentException("evaluator window " + window + " outside 1..254");
        }
        TicketNumbers.requireValid(ticket);
        Objects.requireNonNull(score, "score");
    }
}
