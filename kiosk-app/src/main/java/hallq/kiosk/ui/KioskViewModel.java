package hallq.kiosk.ui;

import hallq.kiosk.flow.Attempt;
import hallq.kiosk.flow.IssueResult;
import hallq.kiosk.flow.KioskEvents;
import hallq.kiosk.flow.KioskIdentity;
import hallq.kiosk.flow.Live;
import hallq.kiosk.flow.LiveStatus;
import hallq.kiosk.flow.TicketIssuer;
import hallq.kiosk.i18n.Lang;
import hallq.kiosk.i18n.Text;
import hallq.kiosk.i18n.Texts;
import hallq.protocol.Priority;
import hallq.protocol.rest.TicketView;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The kiosk's behaviour without JavaFX: citizen actions in, {@link KioskState} values out to
 * every subscriber (the view, the status lamp). Slow work runs on the runtime's worker.
 */
public final class KioskViewModel {

    private final TicketIssuer issuer;
    private final LiveStatus live;
    private final KioskEvents events;
    private final KioskIdentity id;
    private final Supplier<String> requestIds;
    private final KioskRuntime rt;
    private final List<Consumer<KioskState>> subscribers = new CopyOnWriteArrayList<>();
    private KioskState state = KioskState.initial();
    private Attempt pending;
    private Instant lastTouch;

    public KioskViewModel(TicketIssuer issuer, LiveStatus live, KioskEvents events, KioskIdentity id,
                          Supplier<String> requestIds, KioskRuntime runtime) {
        this.issuer = issuer;
        this.live = live;
        this.events = events;
        this.id = id;
        this.requestIds = requestIds;
        this.rt = runtime;
        this.lastTouch = runtime.clock().instant();
    }

    public void subscribe(Consumer<KioskState> subscriber) {
        subscribers.add(subscriber);
        subscriber.accept(state());
    }

    public synchronized KioskState state() {
        return state;
    }

    /** Polls controller and printer (call every few seconds, off the UI thread). */
    public void refresh() {
        Live now = live.poll();
        List<ZoneGroup> zones = ZoneGroup.group(now.services().stream().map(ServiceTile::of).toList());
        Text banner = !now.controllerUp() ? Texts.CONTROLLER_DOWN : now.printerProblem() != null ? Texts.PAUSED : null;
        update(s -> s.withLive(now.ready(), banner, zones));
    }

    public void choose(String serviceId) {
        touch();
        update(s -> {
            ServiceTile tile = s.tile(serviceId);
            if (s.screen() != Screen.HOME || !s.ready() || tile == null || !tile.accepting()) {
                return s;
            }
            return s.withSelected(tile).toScreen(Screen.PRIORITY);
        });
    }

    /** Takes a ticket for the chosen service with a fresh request id. */
    public void take(Priority priority) {
        touch();
        Attempt attempt;
        synchronized (this) {
            if (state.screen() != Screen.PRIORITY || state.selected() == null) {
                return;
            }
            attempt = new Attempt(state.selected().id(), priority, requestIds.get());
        }
        start(attempt);
    }

    /** Retries the attempt the controller did not answer, with the same request id. */
    public void retry() {
        touch();
        Attempt attempt;
        synchronized (this) {
            if (state.screen() != Screen.REFUSED || !state.canRetry() || pending == null) {
                return;
            }
            attempt = pending;
        }
        start(attempt);
    }

    private void start(Attempt attempt) {
        synchronized (this) {
            pending = attempt;
        }
        update(s -> s.withResult(Screen.WORKING, Texts.WORKING, null, null, false));
        rt.worker().execute(() -> finish(attempt, issuer.take(attempt)));
    }

    private void finish(Attempt attempt, IssueResult result) {
        touch();
        boolean keepAttempt = result instanceof IssueResult.Refused r && r.why() == IssueResult.Why.CONTROLLER_DOWN;
        synchronized (this) {
            pending = keepAttempt ? attempt : null;
        }
        update(s -> resultState(s, result));
    }

    private static KioskState resultState(KioskState s, IssueResult result) {
        if (result instanceof IssueResult.Printed p) {
            return s.withResult(Screen.PRINTED, Texts.PRINTED, null, card(p.ticket(), p.qrUrl()), false);
        }
        if (result instanceof IssueResult.PrintFailed f) {
            return s.withResult(Screen.PRINT_FAILED, Texts.PRINT_FAILED,
                    f.voided() ? Texts.PRINT_FAILED_DETAIL : Texts.PRINT_FAILED_NOT_VOIDED,
                    card(f.ticket(), f.qrUrl()), false);
        }
        IssueResult.Refused r = (IssueResult.Refused) result;
        return switch (r.why()) {
            case CONTROLLER_DOWN -> s.withResult(Screen.REFUSED, Texts.CONTROLLER_DOWN, r.message(), null, true);
            case PRINTER_DOWN -> s.withResult(Screen.REFUSED, Texts.PAUSED, r.message(), null, false);
            case REJECTED -> s.withResult(Screen.REFUSED, Texts.NOT_ACCEPTING, r.message(), null, false);
        };
    }

    private static TicketCard card(TicketView t, String qrUrl) {
        return new TicketCard(t.number(), t.serviceName(), t.peopleAhead() == null ? 0 : t.peopleAhead(),
                Texts.predictedWait(t.predictedWaitMinutes()), qrUrl);
    }

    public void home() {
        touch();
        update(s -> s.screen() == Screen.WORKING ? s : s.withSelected(null).withHelp(false).toScreen(Screen.HOME));
    }

    public void toggleLanguage() {
        touch();
        update(s -> s.withLook(s.lang().other(), s.elderly()));
    }

    /** 适老化: large text and high contrast in one switch. */
    public void toggleElderlyMode() {
        touch();
        update(s -> s.withLook(s.lang(), !s.elderly()));
    }

    /** The on-screen or the physical help button. */
    public void requestHelp() {
        touch();
        KioskState now = state();
        events.helpRequested(new KioskEvents.HelpRequest(id.kioskId(), rt.clock().instant(), now.screen().name()));
        update(s -> s.withHelp(true));
    }

    /** Call about once a second: returns to the home screen (Chinese, standard look) when idle. */
    public void tick() {
        Instant now = rt.clock().instant();
        update(s -> {
            if (s.screen() == Screen.WORKING) {
                return s;
            }
            Duration limit = s.screen() == Screen.PRINTED ? rt.settings().resultHold() : rt.settings().idleTimeout();
            boolean fresh = s.screen() == Screen.HOME && s.lang() == Lang.ZH && !s.elderly() && !s.helpRaised();
            if (fresh || Duration.between(lastTouch(), now).compareTo(limit) < 0) {
                return s;
            }
            return s.withSelected(null).withHelp(false).withLook(Lang.ZH, false).toScreen(Screen.HOME);
        });
    }

    private synchronized Instant lastTouch() {
        return lastTouch;
    }

    private synchronized void touch() {
        lastTouch = rt.clock().instant();
    }

    /** Applies a change and tells subscribers in order (they must be quick: hand over to their own thread). */
    private synchronized void update(UnaryOperator<KioskState> change) {
        KioskState before = state;
        state = change.apply(before);
        if (!state.equals(before)) {
            for (Consumer<KioskState> s : subscribers) {
                s.accept(state);
            }
        }
    }
}
