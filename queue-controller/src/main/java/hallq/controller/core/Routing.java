package hallq.controller.core;

import hallq.protocol.WindowState;
import hallq.protocol.config.ServiceConfig;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Which waiting ticket a free window takes: the highest urgency among the heads of the lines it
 * serves. Urgency = wait relative to the service's target + the priority head start, minus a small
 * margin per place down the window's skill list. Ties: preferred skill, earlier place, lower id.
 *
 * <p>The core always routes by {@link Rule#RELATIVE_URGENCY}. {@link Rule#FIRST_COME_FIRST_SERVED}
 * is the plain rule of a conventional calling system, kept so that the crowd simulator can compare
 * the two on the same core (it picks with it, then has the core CALL that ticket).
 */
public final class Routing {
    /** How a free window chooses among the heads of the lines it serves. */
    public enum Rule {
        /** Most target waits waited (priority head starts included), preferred skills first. */
        RELATIVE_URGENCY,
        /** Earliest in line (by the calling-order key, so priority head starts still count), whatever the targets. */
        FIRST_COME_FIRST_SERVED
    }

    private final HallState state;

    public Routing(HallState state) {
        this.state = state;
    }

    /** The ticket window {@code w} would call now, or null when nobody it serves is waiting. */
    Ticket pick(Window w, Instant now) {
        return pick(w, now, Rule.RELATIVE_URGENCY);
    }

    /** The ticket window {@code w} would call now under {@code rule}, or null when nobody it serves is waiting. */
    public Ticket pick(Window w, Instant now, Rule rule) {
        if (w.state() != WindowState.OPEN) {
            return null;
        }
        Candidate best = consider(null, state.windowLine(w.number()).head(), 0, now, rule);
        List<String> skills = w.skills();
        for (int i = 0; i < skills.size(); i++) {
            WaitingLine line = state.serviceLine(skills.get(i));
            if (line != null) {
                best = consider(best, line.head(), i, now, rule);
            }
        }
        return best == null ? null : best.ticket;
    }

    /**
     * The next {@code max} tickets window {@code w} would call, in order, if nobody else called or
     * arrived (what a clerk console shows as "next in line"); also for a window not open now.
     */
    public List<Ticket> upcoming(Window w, Instant now, int max) {
        List<Iterator<WaitingLine.Entry>> lines = new ArrayList<>();
        List<Integer> skillIndex = new ArrayList<>();
        lines.add(state.windowLine(w.number()).iterator());
        skillIndex.add(0);
        for (int i = 0; i < w.skills().size(); i++) {
            WaitingLine line = state.serviceLine(w.skills().get(i));
            if (line != null) {
                lines.add(line.iterator());
                skillIndex.add(i);
            }
        }
        Candidate[] heads = new Candidate[lines.size()];
        for (int j = 0; j < heads.length; j++) {
            heads[j] = next(lines.get(j), skillIndex.get(j), now);
        }
        List<Ticket> out = new ArrayList<>();
        while (out.size() < max) {
            int best = -1;
            for (int j = 0; j < heads.length; j++) {
                if (heads[j] != null && (best < 0 || heads[j].beats(heads[best]))) {
                    best = j;
                }
            }
            if (best < 0) {
                break;
            }
            out.add(heads[best].ticket);
            heads[best] = next(lines.get(best), skillIndex.get(best), now);
        }
        return out;
    }

    private Candidate next(Iterator<WaitingLine.Entry> line, int skillIndex, Instant now) {
        return line.hasNext() ? consider(null, line.next(), skillIndex, now, Rule.RELATIVE_URGENCY) : null;
    }

    /** Urgency of a waiting ticket: how many target waits it has effectively waited. */
    double urgency(Ticket t, Instant now) {
        ServiceConfig s = state.service(t.serviceId());
        return (now.toEpochMilli() - state.key(t)) / (s.targetWaitMinutes() * 60_000.0);
    }

    private Candidate consider(Candidate best, WaitingLine.Entry head, int skillIndex, Instant now, Rule rule) {
        if (head == null) {
            return best;
        }
        Ticket t = state.ticket(head.ticketId());
        Candidate c = rule == Rule.RELATIVE_URGENCY
                ? new Candidate(t, urgency(t, now) - skillIndex * state.policy().skillPreferenceMargin(), skillIndex)
                : new Candidate(t, -head.keyMillis(), 0);
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
