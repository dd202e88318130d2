package hallq.protocol.city;

import java.util.List;

/**
 * The hub's answer to a batch (and to {@code GET /api/v1/ingest}): {@code watermark} is the highest
 * seq up to which the hub holds every event of the hall, so the relay sends from
 * {@code watermark + 1} next; {@code stored} events were new, {@code duplicates} it had already
 * (a replay is a no-op); {@code highest} is the highest seq it holds, above the watermark when there
 * is a gap. {@code notices}: the city's supervision notices (督办) to the hall that it has not yet
 * said it received (it says so with a {@link CityFact.CityNoticeStep} RECEIVED event);
 * {@code handovers}: the handovers to or from the hall in a version it has not said it holds (it
 * says so with a {@link CityFact.HandoverStep}); {@code personKeys}: the city's key ring when the
 * batch said the hall holds another version (null otherwise); {@code limits}: the city's per-person
 * limits with the marks after those the batch said the hall holds (null from a hub that has none).
 */
public record IngestAck(String hallId, long watermark, long highest, int stored, int duplicates,
                        List<CityNotice> notices, List<Handover> handovers, PersonKeyRing personKeys,
                        CityLimits limits) {
    public IngestAck {
        notices = notices == null ? List.of() : List.copyOf(notices);
        handovers = handovers == null ? List.of() : List.copyOf(handovers);
    }

    public IngestAck(String hallId, long watermark, long highest, int stored, int duplicates,
                     List<CityNotice> notices, List<Handover> handovers) {
        this(hallId, watermark, highest, stored, duplicates, notices, handovers, null, null);
    }

    /** This answer with what the hub says of the city's identity keys and limits. */
    public IngestAck with(PersonKeyRing ring, CityLimits cityLimits) {
        return new IngestAck(hallId, watermark, highest, stored, duplicates, notices, handovers, ring, cityLimits);
    }

    public IngestAck(String hallId, long watermark, long highest, int stored, int duplicates,
                     List<CityNotice> notices) {
        this(hallId, watermark, highest, stored, duplicates, notices, List.of());
    }

    public IngestAck(String hallId, long watermark, long highest, int stored, int duplicates) {
        this(hallId, watermark, highest, stored, duplicates, List.of());
    }
}
