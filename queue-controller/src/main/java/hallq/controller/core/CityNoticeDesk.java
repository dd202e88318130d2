package hallq.controller.core;

import hallq.controller.core.CitySupervision.Status;
import hallq.protocol.city.CityNotice;
import java.time.Instant;
import java.util.List;

/**
 * The city's supervision notices (督办) at the hall: taken in once each as the hub hands them over,
 * then acknowledged and answered by a manager. Every step is a ledger entry, and so a city event.
 */
final class CityNoticeDesk {
    private final HallState state;

    CityNoticeDesk(HallState state) {
        this.state = state;
    }

    /** The notices the hall does not hold yet, as RECEIVED; the rest are already here (a resend). */
    Change receive(List<CityNotice> notices, Instant now) {
        Change.Builder b = new Change.Builder();
        for (CityNotice n : notices) {
            if (state.ledger().citySupervision(n.id()) == null) {
                b.ledger(new CitySupervision(n.id(), n.message(), n.sentBy(), n.sentAt(), n.answerDue(), n.alertKind(),
                        n.serviceId(), Status.RECEIVED, now, null, null, null, null, null));
            }
        }
        return b.build();
    }

    Outcome<CitySupervision> acknowledge(long id, String actor, Instant now) {
        CitySupervision s = state.ledger().citySupervision(id);
        if (s == null) {
            return Outcome.rejected(Outcome.Reason.NOT_FOUND, "no city supervision notice " + id);
        }
        if (s.status() != Status.RECEIVED) {
            return Outcome.rejected(Outcome.Reason.CONFLICT, "city supervision notice " + id + " is already "
                    + s.status().name().toLowerCase());
        }
        return done(s.acknowledged(actor, now));
    }

    Outcome<CitySupervision> answer(long id, String text, String actor, Instant now) {
        CitySupervision s = state.ledger().citySupervision(id);
        if (s == null) {
            return Outcome.rejected(Outcome.Reason.NOT_FOUND, "no city supervision notice " + id);
        }
        String answer = text == null ? "" : text.strip();
        if (answer.isEmpty() || answer.length() > CityNotice.MAX_ANSWER) {
            return Outcome.rejected(Outcome.Reason.INVALID, "text: the hall's answer, 1 to "
                    + CityNotice.MAX_ANSWER + " characters");
        }
        if (s.status() == Status.ANSWERED) {
            return Outcome.rejected(Outcome.Reason.CONFLICT, "city supervision notice " + id + " is already answered");
        }
        return done(s.answered(answer, actor, now));
    }

    private static Outcome<CitySupervision> done(CitySupervision s) {
        return Outcome.accepted(s, Change.ofLedger(List.of(s)));
    }
}
