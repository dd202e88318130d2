package hallq.controller.service;

import hallq.protocol.rest.RatingView;
import java.time.LocalDate;
import java.util.List;

/** 好差评 ratings: from the citizen's page, from a window's evaluator, and a day's list. */
public final class Ratings {
    private final HallWriter writer;
    private final QueueStore store;

    Ratings(HallWriter writer, QueueStore store) {
        this.writer = writer;
        this.store = store;
    }

    /** A rating from the citizen's page (the ticket's token). */
    public RatingView rate(String token, int score, String comment) {
        return writer.submit((hall, now) -> hall.core().rateByToken(token, score, comment, now),
                (hall, r) -> hall.views().rating(r));
    }

    /** A rating from a window's evaluator: the ticket it names, or (null) the window's last citizen. */
    public RatingView rateAtWindow(int window, String ticketNumber, int score, String comment) {
        return writer.submit((hall, now) -> hall.core().rateAtWindow(window, ticketNumber, score, comment, now),
                (hall, r) -> hall.views().rating(r));
    }

    /** Ratings of a business day (null: today), oldest first, from the store: any day. */
    public List<RatingView> ofDay(LocalDate day) {
        LocalDate date = day != null ? day : writer.read(hall -> hall.core().state().businessDate());
        return writer.stored(() -> store.ratings(date), "the ratings", Views::rating);
    }
}
