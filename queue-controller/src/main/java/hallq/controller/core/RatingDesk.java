package hallq.controller.core;

import static hallq.controller.core.Outcome.Reason.CONFLICT;
import static hallq.controller.core.Outcome.Reason.INVALID;
import static hallq.controller.core.Outcome.Reason.NOT_FOUND;

import hallq.protocol.TicketStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * 好差评: one rating per served ticket, from the window's evaluator or the citizen's page; a bad one
 * (不满意, 非常不满意) opens a rectification work order.
 */
final class RatingDesk {
    /** An evaluator rating without a ticket number rates the window's last citizen, if this recent. */
    static final Duration EVALUATOR_WINDOW = Duration.ofMinutes(10);
    static final int MAX_COMMENT = 500;
    private final HallState state;
    private final WorkOrderDesk workOrders;

    RatingDesk(HallState state, WorkOrderDesk workOrders) {
        this.state = state;
        this.workOrders = workOrders;
    }

    /** A rating from the citizen's page, found by the ticket's token. */
    Outcome<Rating> rateByToken(String token, int score, String comment, Instant now) {
        Ticket t = state.ticketByToken(token);
        return t == null ? Outcome.rejected(NOT_FOUND, "no such ticket today") : rate(t, score, comment,
                Rating.Source.WEB, now);
    }

    /**
     * A rating from the evaluator of a window: for the ticket it names, or (no number) the citizen
     * that window finished last, within {@link #EVALUATOR_WINDOW}.
     */
    Outcome<Rating> rateAtWindow(int window, String number, int score, String comment, Instant now) {
        if (state.window(window) == null) {
            return Outcome.rejected(NOT_FOUND, "no window " + window);
        }
        Ticket t;
        if (number != null && !number.isBlank()) {
            t = state.ticketByNumber(number);
            if (t == null) {
                return Outcome.rejected(NOT_FOUND, "no ticket " + number + " today");
            }
            if (t.window() == null || t.window() != window) {
                return Outcome.rejected(CONFLICT, "ticket " + t.number() + " was not served at window " + window);
            }
        } else {
            t = lastFinishedAt(window, now);
            if (t == null) {
                return Outcome.rejected(CONFLICT, "window " + window + " has served nobody in the last "
                        + EVALUATOR_WINDOW.toMinutes() + " minutes");
            }
        }
        return rate(t, score, comment, Rating.Source.EVALUATOR, now);
    }

    private Ticket lastFinishedAt(int window, Instant now) {
        Instant since = now.minus(EVALUATOR_WINDOW);
        List<Ticket> done = state.tickets().stream().filter(t -> t.status() == TicketStatus.DONE)
                .filter(t -> t.window() != null && t.window() == window && t.finishedAt() != null)
                .filter(t -> !t.finishedAt().isBefore(since)).toList();
        return done.stream().max(Comparator.comparing(Ticket::finishedAt)).orElse(null);
    }

    private Outcome<Rating> rate(Ticket t, int score, String comment, Rating.Source source, Instant now) {
        if (score < 1 || score > 5) {
            return Outcome.rejected(INVALID, "score must be 1 (非常不满意) to 5 (非常满意), not " + score);
        }
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (text != null && text.length() > MAX_COMMENT) {
            return Outcome.rejected(INVALID, "comment is longer than " + MAX_COMMENT + " characters");
        }
        if (t.status() != TicketStatus.DONE) {
            return Outcome.rejected(CONFLICT, "ticket " + t.number() + " is " + t.status()
                    + ": only a served ticket can be rated");
        }
        if (state.ledger().ratingOf(t.id()) != null) {
            return Outcome.rejected(CONFLICT, "ticket " + t.number() + " has already been rated");
        }
        Window w = state.window(t.window());
        Rating r = new Rating(state.ledger().nextRatingId(), t.id(), t.number(), t.businessDate(), t.serviceId(),
                t.window(), w == null ? null : w.clerk(), score, text, source, now);
        return Outcome.accepted(r, Change.ofLedger(r.isBad() ? List.of(r, workOrders.open(r, now)) : List.of(r)));
    }
}
