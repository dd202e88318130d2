package hallq.city.core;

import hallq.protocol.city.CityEvent;
import hallq.protocol.city.CityFact;
import hallq.protocol.city.CityNotice;
import hallq.protocol.city.HallLive;
import hallq.protocol.city.Handover;
import hallq.protocol.city.IngestBatch;
import hallq.protocol.config.HallInfo;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

/** What makes a batch acceptable before the store looks at it; pure, and says what is wrong. */
public final class BatchCheck {
    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    private static final Set<String> NOTICE_STEPS = Set.of("RECEIVED", "ACKNOWLEDGED", "ANSWERED");

    private BatchCheck() {
    }

    /** What a fact lacks that its rollup needs, or null when it is whole. */
    static String missing(CityFact fact) {
        if (fact instanceof CityFact.TicketStep t) {
            return t.step() == null || t.issuedAt() == null ? "a ticket step needs its step and issuedAt" : null;
        }
        if (fact instanceof CityFact.WindowStep w) {
            return w.step() == null ? "a window step needs its step" : null;
        }
        if (fact instanceof CityFact.RatingGiven r) {
            return r.score() < 1 || r.score() > 5 ? "a rating's score is 1 to 5, not " + r.score() : null;
        }
        if (fact instanceof CityFact.WorkOrderStep w) {
            return w.event() == null || w.status() == null ? "a work-order step needs its event and status" : null;
        }
        if (fact instanceof CityFact.AppointmentStep a) {
            return a.date() == null || a.slotStart() == null || a.status() == null
                    ? "an appointment step needs its date, slotStart and status" : null;
        }
        if (fact instanceof CityFact.NoticeRaised n) {
            return n.noticeKind() == null ? "a notice needs its noticeKind" : null;
        }
        if (fact instanceof CityFact.CityNoticeStep n) {
            return !NOTICE_STEPS.contains(n.step()) || n.answer() != null && n.answer().length() > CityNotice.MAX_ANSWER
                    ? "a city-notice step is RECEIVED, ACKNOWLEDGED or ANSWERED, with an answer of at most "
                    + CityNotice.MAX_ANSWER + " characters" : null;
        }
        if (fact instanceof CityFact.HandoverStep h) {
            return handoverProblem(h);
        }
        if (fact instanceof CityFact.PolicyStep p) {
            return p.decision() == null || p.status() == null ? "a standby decision needs its decision and status" : null;
        }
        return null;
    }

    private static String handoverProblem(CityFact.HandoverStep h) {
        if (h.receipt() == null || h.receipt().isBlank() || h.receipt().length() > 80) {
            return "a handover step needs its receipt (at most 80 characters)";
        }
        if (!Handover.ORDER.contains(h.step()) && !Handover.HELD.equals(h.step())) {
            return "a handover step is one of " + Handover.ORDER + " or HELD, not " + h.step();
        }
        if (h.version() < 0 || text(h.by(), 100) || text(h.detail(), Handover.MAX_TEXT)) {
            return "a handover step has a version of 0 or more, by and detail of at most 100 and "
                    + Handover.MAX_TEXT + " characters";
        }
        Handover x = h.handover();
        if (Handover.SENT.equals(h.step())) {
            if (x == null || x.fromHall() == null || x.toHall() == null || x.serviceId() == null
                    || x.matterName() == null || x.sentAt() == null || !h.receipt().equals(x.receipt())) {
                return "a SENT handover step carries the handover: its receipt, fromHall, toHall, serviceId, "
                        + "matterName and sentAt";
            }
            if (text(x.toHall(), 40) || text(x.serviceId(), 40) || text(x.matterName(), 100)
                    || text(x.fromHallName(), 100) || text(x.toHallName(), 100) || text(x.note(), Handover.MAX_TEXT)
                    || x.materials().size() > Handover.MAX_MATERIALS
                    || x.materials().stream().anyMatch(m -> m == null || m.length() > 100)) {
                return "a handover's ids are at most 40 characters, names 100, its note " + Handover.MAX_TEXT
                        + ", at most " + Handover.MAX_MATERIALS + " materials of at most 100 characters each";
            }
        }
        return null;
    }

    private static boolean text(String s, int max) {
        return s != null && s.length() > max;
    }

    /** The events of {@code batch}, checked: the caller's own, at most MAX_EVENTS, consecutive seqs, sane days. */
    public static List<CityEvent> check(String caller, IngestBatch batch) {
        if (batch == null) {
            throw HubProblem.invalid("the body is empty: send {\"hallId\":…,\"events\":[…]}");
        }
        if (!caller.equals(batch.hallId())) {
            throw new HubProblem(403, "FORBIDDEN", "hall " + caller + " may send only its own events, not those of "
                    + batch.hallId());
        }
        List<CityEvent> events = batch.events();
        if (events.size() > IngestBatch.MAX_EVENTS) {
            throw new HubProblem(413, "TOO_LARGE", "a batch holds at most " + IngestBatch.MAX_EVENTS + " events, not "
                    + events.size());
        }
        for (int i = 0; i < events.size(); i++) {
            CityEvent e = events.get(i);
            if (e == null) {
                throw HubProblem.invalid("events[" + i + "]: null");
            }
            if (i > 0 && e.seq() != events.get(i - 1).seq() + 1) {
                throw HubProblem.invalid("events[" + i + "]: seq " + e.seq() + " does not follow "
                        + events.get(i - 1).seq() + " (a batch is consecutive, oldest first)");
            }
            String missing = missing(e.fact());
            if (missing != null) {
                throw HubProblem.invalid("events[" + i + "]: " + missing);
            }
            LocalDate at = e.at().atOffset(ZoneOffset.UTC).toLocalDate();
            if (e.day().isBefore(EARLIEST) || e.day().isAfter(at.plusDays(400)) || e.day().isBefore(at.minusYears(1))) {
                throw HubProblem.invalid("events[" + i + "]: day " + e.day() + " is not a business day near its time " + e.at());
            }
        }
        HallLive live = batch.live();
        if (live != null && (live.at() == null || live.businessDate() == null || live.windows() < 0
                || live.openWindows() < 0 || live.openWindows() > live.windows() || live.services().size() > 1_000
                || live.idleWindows() < 0 || live.idleWindows() > live.openWindows() || live.waitingPastTarget() < 0
                || live.services().stream().anyMatch(q -> q == null || q.id() == null || q.waiting() < 0)
                || live.publicUrl() != null && !HallInfo.webAddress(live.publicUrl()))) {
            throw HubProblem.invalid("live: a time, a business day, 0 <= idleWindows <= openWindows <= windows, "
                    + "waitingPastTarget >= 0, at most 1,000 services each with an id and waiting >= 0, and publicUrl "
                    + "an http(s) address or none");
        }
        return events;
    }
}
