package hallq.controller.core;

import hallq.protocol.city.CityFact;
import hallq.protocol.city.Handover;
import hallq.protocol.city.PersonKeyRing;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What of a change the city hub is told (the hall's outbox, docs/city.md): every ticket step, window
 * step, rating, work-order version, supervision notice, standby decision and appointment version, in
 * that order, as {@link CityFact}s without personal data (a citizen only by the city's keyed hash of
 * the ID number, never by the hall's own key, which means nothing elsewhere). Pure: the store writes them in the same
 * transaction as the change and numbers them.
 */
public final class CityFacts {
    private CityFacts() {
    }

    /** One fact with when it happened and the business day it counts for. */
    public record Entry(Instant at, LocalDate day, CityFact fact) {
    }

    public static List<Entry> of(Change change, ZoneId zone) {
        List<Entry> out = new ArrayList<>();
        Map<Long, Ticket> tickets = new HashMap<>();
        change.tickets().forEach(t -> tickets.put(t.id(), t));
        for (TicketEvent e : change.ticketEvents()) {
            Ticket t = tickets.get(e.ticketId());
            if (t != null) {
                out.add(new Entry(e.at(), t.businessDate(), ticketStep(t, e)));
            }
        }
        for (WindowEvent e : change.windowEvents()) {
            out.add(new Entry(e.at(), LocalDate.ofInstant(e.at(), zone), new CityFact.WindowStep(e.window(), e.type().name())));
        }
        for (LedgerEntry entry : change.ledger()) {
            Entry e = ledger(entry, zone, tickets);
            if (e != null) {
                out.add(e);
            }
        }
        for (PolicyDecision d : change.decisions()) {
            Instant at = d.decidedAt();
            out.add(new Entry(at, LocalDate.ofInstant(at, zone), new CityFact.PolicyStep(d.id(), d.kind().name(),
                    d.status().name(), d.window(), d.serviceId(), d.effectiveAt())));
        }
        return out;
    }

    private static CityFact ticketStep(Ticket t, TicketEvent e) {
        Ticket.Times times = t.times();
        return new CityFact.TicketStep(t.id(), t.number(), e.type().name(), t.serviceId(),
                e.window() != null ? e.window() : t.window(), t.origin().channel().name(),
                t.origin().priority().name(), t.callCount(), times.issuedAt(), times.calledAt(), times.startedAt(),
                times.finishedAt(), e.type() == TicketEvent.Type.ISSUED ? city(t.personKey()) : null);
    }

    private static String city(String personKey) {
        return PersonKeyRing.isCityKey(personKey) ? personKey : null;
    }

    private static Entry ledger(LedgerEntry entry, ZoneId zone, Map<Long, Ticket> tickets) {
        if (entry instanceof Rating r) {
            return new Entry(r.at(), r.businessDate(), new CityFact.RatingGiven(r.id(), r.ticketId(), r.serviceId(),
                    r.window(), r.score(), r.source().name()));
        }
        if (entry instanceof WorkOrder w) {
            return new Entry(w.at(), LocalDate.ofInstant(w.at(), zone), new CityFact.WorkOrderStep(w.id(), w.ratingId(),
                    w.serviceId(), w.window(), w.score(), w.event().name(), w.status().name(), w.acceptDue(),
                    w.finishDue(), w.acceptOverdue(), w.finishOverdue()));
        }
        if (entry instanceof Notice n) {
            return new Entry(n.at(), n.businessDate(), new CityFact.NoticeRaised(n.id(), n.kind().name(), n.serviceId(),
                    n.window(), n.ticketId()));
        }
        if (entry instanceof Appointment a) { // counted on the appointment's own day
            Instant at = a.changedAt() != null ? a.changedAt() : a.bookedAt();
            return new Entry(at, a.date(), new CityFact.AppointmentStep(a.id(), a.serviceId(), a.date(), a.slotStart(),
                    a.status().name(), city(a.personKey())));
        }
        if (entry instanceof CitySupervision s) {
            Instant at = s.answeredAt() != null ? s.answeredAt() : s.acknowledgedAt() != null ? s.acknowledgedAt()
                    : s.receivedAt();
            String by = s.status() == CitySupervision.Status.ANSWERED ? s.answeredBy() : s.acknowledgedBy();
            return new Entry(at, LocalDate.ofInstant(at, zone), new CityFact.CityNoticeStep(s.id(), s.status().name(),
                    by, s.answer()));
        }
        if (entry instanceof HallHandover h) {
            if (h.event() == null || !Handover.ORDER.contains(h.event().step()) && !Handover.HELD.equals(h.event().step())) {
                return null; // a pickup ticket (its own events say it) or a missed deadline noted: the hall's own
            }
            Handover x = h.handover(); // a SENT step carries the handover itself, without its steps
            Handover sent = Handover.SENT.equals(h.event().step()) ? new Handover(x.receipt(), x.fromHall(),
                    x.fromHallName(), x.toHall(), x.toHallName(), x.serviceId(), x.matterName(), x.materials(), x.note(),
                    x.sentAt(), x.acceptDue(), x.resultDue(), List.of(), 0) : null;
            Ticket from = sent == null || h.ticketId() == null ? null : tickets.get(h.ticketId());
            return new Entry(h.changedAt(), LocalDate.ofInstant(h.changedAt(), zone), new CityFact.HandoverStep(
                    h.receipt(), h.event().step(), h.event().by(), h.event().detail(), x.version(), sent,
                    from == null ? null : city(from.personKey())));
        }
        return null; // a slot quota: a setting, not a happening
    }
}
