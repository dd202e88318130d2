package hallq.controller.core;

import hallq.controller.core.PolicyDecision.Kind;
import hallq.controller.core.PolicyDecision.Status;
import hallq.protocol.WindowState;
import hallq.protocol.config.PolicyConfig;
import hallq.protocol.config.PolicyConfig.PolicyMode;
import hallq.protocol.config.ServiceConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The window-opening policy, run on every tick: a pure plan from the state, the predictor and the
 * time. When the wait predicted for a new arrival passes {@code openWhenPredictedWaitOver} (or the
 * queue passes {@code openWhenQueueLongerThan}), it calls staff to a closed standby window serving
 * the service; the window opens after {@code staffLeadTime}. It closes a window it opened once the
 * predicted waits of everything the window serves have stayed under {@code closeWhenBelow} for
 * {@code calmFor} and the window is idle. In APPROVAL mode both are proposals a manager confirms.
 * The only memory outside the state is when each policy window became calm (lost on restart, which
 * only delays a close).
 */
public final class WindowPolicy {
    private final HallState state;
    private final WaitPredictor predictor;
    private final WindowControl windows;
    private final Map<Integer, Instant> calmSince = new HashMap<>();

    public WindowPolicy(QueueCore core, WaitPredictor predictor) {
        this.state = core.state();
        this.predictor = predictor;
        this.windows = new WindowControl(state);
    }

    /** Everything the policy does now: due openings and closings, new decisions, stale proposals withdrawn. */
    public Change plan(Instant now) {
        PolicyConfig p = state.policy();
        Change.Builder b = new Change.Builder();
        long[] ids = {state.policyBook().nextId()};
        PolicyExecution.due(state, windows, now, b);
        if (p.mode() == PolicyMode.OFF) {
            return b.build();
        }
        for (ServiceConfig s : state.services()) {
            if (!state.policyBook().pendingOpening(s.id())) {
                considerOpening(s, p, now, b, ids);
            }
        }
        for (Window w : state.windows()) {
            considerClosing(w, p, now, b, ids);
        }
        withdrawStale(p, now, b);
        return b.build();
    }

    private void considerOpening(ServiceConfig s, PolicyConfig p, Instant now, Change.Builder b, long[] ids) {
        Prediction pr = predictor.forNewArrival(s.id(), now);
        int waiting = state.waiting(s.id());
        String why;
        if (pr.known() && pr.meanMinutes() > minutes(p.openWhenPredictedWaitOver())) {
            why = String.format(Locale.ROOT, "predicted wait %.1f min over %s (%d waiting, %.1f windows)",
                    pr.meanMinutes(), text(p.openWhenPredictedWaitOver()), waiting, pr.servingWindows());
        } else if (p.openWhenQueueLongerThan() > 0 && waiting > p.openWhenQueueLongerThan()) {
            why = waiting + " waiting, over " + p.openWhenQueueLongerThan();
        } else if (!pr.known() && waiting > 0) {
            why = waiting + " waiting and no open window serves " + s.id();
        } else {
            return;
        }
        Window standby = state.windows().stream()
                .filter(w -> w.standby() && w.state() == WindowState.CLOSED && w.serves(s.id()))
                .filter(w -> !state.policyBook().pendingFor(w.number()))
                .min(Comparator.comparingInt((Window w) -> w.skills().indexOf(s.id())).thenComparingInt(Window::number))
                .orElse(null);
        if (standby == null) {
            return;
        }
        boolean auto = p.mode() == PolicyMode.AUTOMATIC;
        b.decision(new PolicyDecision(ids[0]++, Kind.OPEN, auto ? Status.SCHEDULED : Status.PROPOSED,
                standby.number(), s.id(), now, auto ? now.plus(p.staffLeadTime()) : null, why, "policy"));
    }

    private void considerClosing(Window w, PolicyConfig p, Instant now, Change.Builder b, long[] ids) {
        if (w.state() != WindowState.OPEN || !state.policyBook().openedByPolicy(w.number())
                || state.policyBook().pendingFor(w.number())) {
            calmSince.remove(w.number());
            return;
        }
        double worst = worstWait(w, now);
        if (worst >= minutes(p.closeWhenBelow())) {
            calmSince.remove(w.number());
            return;
        }
        Instant since = calmSince.computeIfAbsent(w.number(), n -> now);
        if (Duration.between(since, now).compareTo(p.calmFor()) < 0 || w.current() != null
                || state.windowLine(w.number()).size() > 0) {
            return;
        }
        String why = String.format(Locale.ROOT, "predicted waits under %s for %s (now %.1f min), window idle",
                text(p.closeWhenBelow()), text(p.calmFor()), worst);
        PolicyDecision d = new PolicyDecision(ids[0]++, Kind.CLOSE, Status.SCHEDULED, w.number(),
                w.skills().get(0), now, now, why, "policy");
        calmSince.remove(w.number());
        if (p.mode() == PolicyMode.AUTOMATIC) {
            PolicyExecution.execute(state, windows, d, now, b);
        } else {
            b.decision(d.with(Status.PROPOSED, null, "policy"));
        }
    }

    /** Proposals the queue no longer needs are withdrawn, so a manager never approves a stale one. */
    private void withdrawStale(PolicyConfig p, Instant now, Change.Builder b) {
        for (PolicyDecision d : state.policyBook().pending()) {
            if (d.status() != Status.PROPOSED) {
                continue;
            }
            Window w = state.window(d.window());
            boolean stale = d.kind() == Kind.OPEN
                    ? w.state() != WindowState.CLOSED || waitOf(d.serviceId(), now) < minutes(p.closeWhenBelow())
                    : w.state() != WindowState.OPEN || worstWait(w, now) >= minutes(p.closeWhenBelow());
            if (stale) {
                b.decision(d.with(Status.WITHDRAWN, now, "policy"));
            }
        }
    }

    private double worstWait(Window w, Instant now) {
        double worst = 0;
        for (String s : w.skills()) {
            worst = Math.max(worst, waitOf(s, now));
        }
        return worst;
    }

    private double waitOf(String serviceId, Instant now) {
        Prediction pr = predictor.forNewArrival(serviceId, now);
        return pr.known() ? pr.meanMinutes() : 0;
    }

    static double minutes(Duration d) {
        return d.toMillis() / 60_000.0;
    }

    static String text(Duration d) {
        long s = d.toSeconds();
        return s % 60 == 0 ? s / 60 + " min" : s + " s";
    }
}
