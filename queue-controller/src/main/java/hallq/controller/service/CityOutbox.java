package hallq.controller.service;

import hallq.protocol.city.CityEvent;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The hall's city outbox, read side (the writer appends in each change's own transaction): what the
 * relay sends to the hub, and what the hub acknowledged.
 */
public interface CityOutbox extends AutoCloseable {

    /** The hub's watermark as last heard (it holds every event up to {@code acknowledged}), and when. */
    record Link(long acknowledged, Instant heardAt) {
    }

    /** Events with a seq above {@code seq}, oldest first, at most {@code limit}. */
    List<CityEvent> after(long seq, int limit) throws StoreException;

    /** The highest seq written so far (0: none yet). */
    long highest() throws StoreException;

    /** Remembers the hub's watermark. */
    void acknowledged(long watermark, Instant at) throws StoreException;

    Optional<Link> link() throws StoreException;

    /**
     * Deletes events the hub holds ({@code seq <= acknowledged}) written before {@code before}; kept
     * until then so a hub restored from an older backup can be sent them again. Answers how many went.
     */
    int prune(long acknowledged, Instant before) throws StoreException;

    /**
     * After a restore from a backup (docs/decisions.md D19), once: the hub may hold events the restored
     * hall no longer has, numbered past the backup's highest seq; the events written since the
     * restore are renumbered to follow the hub's {@code watermark}, so the hub neither takes them for
     * replays nor sees a gap. Answers by how much they moved (0: nothing to do).
     */
    long resumeAfterRestore(long watermark, Instant at) throws StoreException;

    @Override
    void close();
}
