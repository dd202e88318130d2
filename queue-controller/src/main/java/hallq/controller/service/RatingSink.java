package hallq.controller.service;

import hallq.controller.core.ProvincialRating;
import java.io.IOException;
import java.util.List;

/**
 * Where the hall's 好差评 records go (docs/ratings-export.md): a file drop or the province's
 * platform. {@link #deliver} returns only once every record is kept there; it may be handed a record
 * it already holds (after a crash between delivering and remembering), which must change nothing
 * there: a record is known by its {@code recordId}.
 */
public interface RatingSink {
    /** A short name, the key of how far this sink has taken the ratings. */
    String name();

    void deliver(List<ProvincialRating> records) throws IOException;
}
