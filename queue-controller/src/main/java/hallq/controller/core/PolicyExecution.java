package hallq.controller.core;

import static hallq.controller.core.Outcome.Reason.CONFLICT;
import static hallq.controller.core.Outcome.Reason.NOT_FOUND;

import hallq.controller.core.PolicyDecision.Kind;
import hallq.controller.core.PolicyDecision.Status;
import hallq.protocol.WindowState;
import java.time.Instant;

/** Carries out policy decisions once due, and a manager's approval or rejection of a proposal. */
final class PolicyExecution {
    static final String ACTOR = "policy";

    private PolicyExecution() {
    }

    /** Scheduled decisions whose time has come: the window opens (or closes, once idle). */
    static void due(HallState state, WindowControl windows, Instant now, Change.Builder b) {
        for (PolicyDecision d : state.policyBook().pending()) {
            if (d.status() == Status.SCHEDULED && !now.isBefore(d.effectiveAt())) {
                execute(state, windows, d, now, b);
            }
        }
    }

    static void execute(HallState state, WindowControl windows, PolicyDecision d, Instant now, Change.Builder b) {
        Window w = state.window(d.window());
        String note = "policy decision " + d.id() + ": " + d.reason();
        if (d.kind() == Kind.OPEN) {
            if (w.state() == WindowState.OPEN) {
                b.decision(d.with(Status.WITHDRAWN, now, ACTOR));
                return;
            }
            Outcome<Window> o = windows.open(w, null, now, ACTOR);
            if (o instanceof Outcome.Accepted<Window> a) {
                b.merge(withDetail(a.change(), note)).decision(d.with(Status.DONE, now, d.actor()));
            }
            return;
        }
        if (w.state() == WindowState.CLOSED) {
            b.decision(d.with(Status.WITHDRAWN, now, ACTOR));
            return;
        }
        if (w.current() == null) {
            Outcome<Window> o = windows.close(w, now, ACTOR, note);
            if (o instanceof Outcome.Accepted<Window> a) {
                b.merge(a.change()).decision(d.with(Status.DONE, now, d.actor()));
            }
        } else {
            b.decision(d);
        }
    }

    private static Change withDetail(Change c, String note) {
        return new Change.Builder().merge(c).noteWindowEvents(note).build();
    }

    /** A manager approves a proposal: staff are called now, the window opens after the lead time. */
    static Outcome<PolicyDecision> approve(HallState state, long id, String actor, Instant now) {
        PolicyDecision d = state.policyBook().decision(id);
        if (d == null) {
            return Outcome.rejected(NOT_FOUND, "no policy proposal " + id);
        }
        if (d.status() != Status.PROPOSED) {
            return Outcome.rejected(CONFLICT, "proposal " + id + " is " + d.status() + ", not PROPOSED");
        }
        Instant at = d.kind() == Kind.OPEN ? now.plus(state.policy().staffLeadTime()) : now;
        PolicyDecision approved = d.with(Status.SCHEDULED, at, actor);
        return Outcome.accepted(approved, new Change.Builder().decision(approved).build());
    }

    static Outcome<PolicyDecision> reject(HallState state, long id, String actor, Instant now) {
        PolicyDecision d = state.policyBook().decision(id);
        if (d == null) {
            return Outcome.rejected(NOT_FOUND, "no policy proposal " + id);
        }
        if (d.status() != Status.PROPOSED) {
            return Outcome.rejected(CONFLICT, "proposal " + id + " is " + d.status() + ", not PROPOSED");
        }
        PolicyDecision rejected = d.with(Status.REJECTED, now, actor);
        return Outcome.accepted(rejected, new Change.Builder().decision(rejected).build());
    }
}
