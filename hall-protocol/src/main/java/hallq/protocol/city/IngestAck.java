package hallq.protocol.city;

/**
 * The hub's answer to a batch (and to {@code GET /api/v1/ingest}): {@code watermark} is the highest
 * seq up to which the hub holds every event of the hall, so the relay sends from
 * {@code watermark + 1} next; {@code stored} events were new, {@code duplicates} it had already
 * (a replay is a no-op); {@code highest} is the highest seq it holds, above the watermark when there
 * is a gap.
 */
public record IngestAck(String hallId, long watermark, long highest, int stored, int duplicates) {
}
