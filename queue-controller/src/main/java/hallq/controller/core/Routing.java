package hallq.controller.core;

import hallq.protocol.WindowState;
import hallq.protocol.config.ServiceConfig;
import java.time.Instant;
import java.util.List;

/**
 * Which waiting ticket a free window takes: the highest urgency among the heads of the lines it
 * serves. Urgency = wait relative to the service's target + the priority head start, minus a small
 * margin per place down the window's skill list. Ties: preferred skill, earlier place, lower id.
 */
final class Routing {
    private final HallState state;

    Routing(HallState state) {
        this.state = state;
    }

    /** The ticket window {@code w} would call now, or null when nobody it serves is waiting. */
    Ticket pick(Window w, Instant now) {
        if (w.state() != WindowState.OPEN) {
            return null;
        }
        Candidate best = consider(null, state.windowLine(w.number()).head(), 0, now);
        List<String> skills = w.skills();
        for (int i = 0; i < skills.size(); i++) {
            WaitingLine line = state.serviceLine(skills.get(i));
            if (line != null) {
                best = consider(best, line.head(), i, now);
            }
        }
        return best == null ? null : best.ticket;
    }

    /** Urgency of a waiting ticket: how many target waits it has effectively waited. */
    double urgency(Ticket t, Instant now) {
        ServiceConfig s = state.service(t.serviceId());
        return (now.toEpochMilli() - state.key(t)) / (s.targetWaitMinutes() * 60_000.0);
    }

    private Candidate consider(Candidate best, WaitingLine.Entry head, int skillIndex, Instant now) {
        if (head == null) {
            return best;
        }
        Ticket t = state.ticket(head.ticketId());
        double score = urgency(t, now) - skillIndex * state.policy().skillPreferenceMargin();
        Candidate c = new Candidate(t, score, skillIndex);
        return best == null || c.beats(best) ? c : best;
    }

    private record Candidate(Ticket ticket, double score, int skillIndex) {
        boolean beats(Candidate o) {
            if (score != o.score) {
                return score > o.score;
            }
            if (skillIndex != o.skillIndex) {
                return skillIndex < o.skillIndex;
            }
            int byPlace = ticket.placeAt().compareTo(o.ticket.placeAt());
            return byPlace != 0 ? byPlace < 0 : ticket.id() < o.ticket.id();
        }
    }
}
