package hallq.controller.service;

import hallq.controller.core.CitySupervision;
import hallq.controller.core.Outcome;
import hallq.protocol.city.CityNotice;
import hallq.protocol.rest.CityNoticeView;
import java.util.List;

/**
 * The city's supervision notices (督办): taken in as the relay hands them over, shown on the
 * dashboard, acknowledged and answered by a manager. Each step is stored with its city event, so
 * the hub learns of it through the outbox like of everything else.
 */
public final class CitySupervisions {
    private final HallWriter writer;

    CitySupervisions(HallWriter writer) {
        this.writer = writer;
    }

    /** Stores the notices the hall does not hold yet (the hub resends each until it hears RECEIVED). */
    public void receive(List<CityNotice> notices) {
        if (!notices.isEmpty()) {
            writer.submit((hall, now) -> Outcome.accepted(null, hall.core().receiveCityNotices(notices, now)),
                    (hall, x) -> null);
        }
    }

    /** A manager's step: acknowledge, or answer (with {@code text}). */
    public CityNoticeView act(long id, String action, String text, String actor) {
        return writer.submit((hall, now) -> hall.core().cityNotice(id, action, text, actor, now),
                (hall, s) -> hall.views().cityNotice(s, writer.clock().instant()));
    }

    /** Those not answered yet and those answered in the last month, newest first. */
    public List<CityNoticeView> list() {
        return writer.read(hall -> {
            List<CitySupervision> all = hall.core().state().ledger().citySupervisions();
            return all.stream().map(s -> hall.views().cityNotice(s, writer.clock().instant())).toList();
        });
    }
}
