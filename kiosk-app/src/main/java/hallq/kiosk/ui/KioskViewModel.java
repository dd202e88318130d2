package hallq.kiosk.ui;

import hallq.kiosk.flow.Attempt;
import hallq.kiosk.flow.CitizenId;
import hallq.kiosk.flow.IssueResult;
import hallq.kiosk.flow.KioskEvents;
import hallq.kiosk.flow.KioskIdentity;
import hallq.kiosk.flow.Live;
import hallq.kiosk.flow.LiveStatus;
import hallq.kiosk.flow.PendingVoids;
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
 * every subscriber (the view, the status lamp, the voice). Slow work runs on the runtime's worker.
 * The ID card read for a citizen is held here (never in the state, which shows it masked) until
 * the attempt it goes with starts, or the kiosk returns home.
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
    private TicketView unprinted;
    private CitizenId citizen;
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

    /** Takes a ticket for the chosen service with a fresh request id (and the ID card, if one was read). */
    public void take(Priority priority) {
        touch();
        Attempt attempt;
        synchronized (this) {
            if (state.screen() != Screen.PRIORITY || state.selected() == null) {
                return;
            }
            attempt = Attempt.ticket(state.selected().id(), priority, citizen, requestIds.get());
        }
        start(attempt);
    }

    /** 预约签到 on the home screen. */
    public void openCheckIn() {
        touch();
        update(s -> s.screen() == Screen.HOME && s.ready() ? s.withCode("").toScreen(Screen.CHECK_IN) : s);
    }

    /** A key of the on-screen keypad, or a character from a keyboard or code scanner. */
    public void typeCode(char c) {
        touch();
        update(s -> s.screen() == Screen.CHECK_IN ? s.withCode(AppointmentCode.append(s.code(), c)) : s);
    }

    public void deleteCode() {
        touch();
        update(s -> s.screen() == Screen.CHECK_IN && !s.code().isEmpty()
                ? s.withCode(s.code().substring(0, s.code().length() - 1)) : s);
    }

    /** Checks in with the typed code (and the ID card, if one was read). */
    public void submitCheckIn() {
        touch();
        Attempt attempt;
        synchronized (this) {
            if (state.screen() != Screen.CHECK_IN || !AppointmentCode.complete(state.code())) {
                return;
            }
            attempt = Attempt.checkIn(state.code(), citizen, requestIds.get());
        }
        start(attempt);
    }

    /**
     * An ID card was read. On the home and priority screens it goes with the ticket about to be
     * taken; on the check-in screen it checks in at once; on a result screen it starts afresh for
     * the next citizen. While a ticket is being issued or an unprinted one is on screen, it is ignored.
     */
    public void cardRead(CitizenId card) {
        touch();
        Attempt checkIn = null;
        synchronized (this) {
            Screen screen = state.screen();
            switch (screen) {
                case HOME, PRIORITY -> citizen = card;
                case PRINTED, GIVEN_UP, REFUSED -> {
                    citizen = card;
                    update(KioskState::fresh);
                }
                case CHECK_IN -> {
                    citizen = card;
                    checkIn = Attempt.checkIn(AppointmentCode.complete(state.code()) ? state.code() : null, card,
                            requestIds.get());
                }
                default -> {
                    return;
                }
            }
            update(s -> s.withCitizen(card.masked()));
        }
        if (checkIn != null) {
            start(checkIn);
        }
    }

    /** The citizen takes the ID card back before taking a ticket (清除). */
    public void clearCard() {
        touch();
        synchronized (this) {
            citizen = null;
            update(s -> s.withCitizen(null));
        }
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
            citizen = null;
        }
        update(s -> s.withResult(Screen.WORKING, attempt.isCheckIn() ? Texts.WORKING_CHECK_IN : Texts.WORKING, null,
                null, false));
        rt.worker().execute(() -> finish(attempt, issuer.take(attempt)));
    }

    private void finish(Attempt attempt, IssueResult result) {
        touch();
        boolean keepAttempt = result instanceof IssueResult.Refused r && r.why() == IssueResult.Why.CONTROLLER_DOWN;
        synchronized (this) {
            pending = keepAttempt ? attempt : null;
            unprinted = result instanceof IssueResult.PrintFailed f ? f.ticket() : null;
        }
        update(s -> ResultScreens.of(s, result, attempt.isCheckIn()));
    }

    public void home() {
        touch();
        synchronized (this) {
            if (state.screen() != Screen.WORKING) {
                citizen = null;
                update(KioskState::fresh);
            }
        }
    }

    /** 不要此号 on the print-failed screen: asks once more before the number is given up. */
    public void askGiveUp() {
        touch();
        update(s -> s.screen() == Screen.PRINT_FAILED ? s.toScreen(Screen.CONFIRM_GIVE_UP) : s);
    }

    /** 保留此号: back to the print-failed screen, the ticket stays valid. */
    public void keepTicket() {
        touch();
        update(s -> s.screen() == Screen.CONFIRM_GIVE_UP ? s.toScreen(Screen.PRINT_FAILED) : s);
    }

    /** 确定放弃: voids the unprinted ticket (now, or as soon as the controller answers). */
    public void confirmGiveUp() {
        touch();
        TicketView ticket;
        synchronized (this) {
            if (state.screen() != Screen.CONFIRM_GIVE_UP || unprinted == null) {
                return;
            }
            ticket = unprinted;
            unprinted = null;
        }
        update(s -> s.withResult(Screen.WORKING, Texts.WORKING_GIVE_UP, null, s.ticket(), false));
        rt.worker().execute(() -> {
            PendingVoids.Result result = issuer.giveUp(ticket);
            touch();
            update(s -> ResultScreens.givenUp(s, result));
        });
    }

    public void toggleLanguage() {
        touch();
        update(s -> s.withLook(s.lang().other(), s.elderly()));
    }

    /** 适老化: large text, high contrast and spoken prompts in one switch. */
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

    /**
     * Call about once a second: returns to the home screen (Chinese, standard look) when idle. An
     * unprinted ticket left on screen stays valid (docs/decisions.md D12).
     */
    public void tick() {
        Instant now = rt.clock().instant();
        synchronized (this) {
            Screen screen = state.screen();
            Duration limit = switch (screen) {
                case PRINTED, GIVEN_UP -> rt.settings().resultHold();
                case PRINT_FAILED, CONFIRM_GIVE_UP -> rt.settings().failedHold();
                default -> rt.settings().idleTimeout();
            };
            boolean fresh = screen == Screen.HOME && state.lang() == Lang.ZH && !state.elderly() && !state.helpRaised()
                    && state.maskedId() == null;
            if (screen == Screen.WORKING || fresh || Duration.between(lastTouch, now).compareTo(limit) < 0) {
                return;
            }
            citizen = null;
            update(s -> s.fresh().withLook(Lang.ZH, false));
        }
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
