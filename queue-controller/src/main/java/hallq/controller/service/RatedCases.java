package hallq.controller.service;

import hallq.controller.core.RatedCase;
import java.time.Instant;
import java.util.List;

/** The store's side of the 好差评 export: ratings in the order they were stored, and how far each sink has taken them. */
public interface RatedCases extends AutoCloseable {
    /** Ratings with an id above {@code ratingId}, oldest first, at most {@code limit}. */
    List<RatedCase> after(long ratingId, int limit) throws StoreException;

    /** The highest rating id {@code sink} has taken (0: none yet). */
    long exported(String sink) throws StoreException;

    /** Remembers that {@code sink} has taken every rating up to {@code ratingId}. */
    void exported(String sink, long ratingId, Instant at) throws StoreException;

    @Override
    void close();
}
