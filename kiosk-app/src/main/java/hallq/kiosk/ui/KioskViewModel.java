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
import hallq.kiosk.i18n.Texts;
import hallq.protocol.Priority;
import hallq.protocol.rest.TicketView;
import java.time.Instant;
import java.util.List;
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
    private final KioskStore store;
    private Attempt pending;
    private TicketView unprinted;
    private CitizenId citizen;

    public KioskViewModel(TicketIssuer issuer, LiveStatus live, KioskEvents events, KioskIdentity id,
                          Supplier<String> requestIds, KioskRuntime runtime) {
        this.issuer = issuer;
        this.live = live;
        this.events = events;
        this.id = id;
        this.requestIds = requestIds;
        this.rt = runtime;
        this.store = new KioskStore(this, runtime);
    }

    public void subscribe(Consumer<KioskState> subscriber) {
        store.subscribe(subscriber);
    }

    public KioskState state() {
        return store.state();
    }

    /** Polls controller and printer (call every few seconds, off the UI thread). */
    public void refresh() {
        Live now = live.poll();
        List<ZoneGroup> zones = ZoneGroup.group(now.services(), rt.settings().idCardServices());
        Fault pause = Fault.pause(now.controllerUp(), now.printerProblem());
        store.update(s -> s.withLive(now.ready(), pause == null ? null : pause.banner(), pause, zones));
    }

    /**
     * A service on the home screen: the priority screen, or in 爱心通道 a green-channel ticket at
     * once (with the ID card, if one was read).
     */
    public void choose(String serviceId) {
        store.touch();
        Attempt green = null;
        synchronized (this) {
            KioskState s = state();
            ServiceTile tile = s.tile(serviceId);
            if (s.screen() != Screen.HOME || !s.ready() || tile == null || !tile.accepting()) {
                return;
            }
            green = s.greenChannel() ? Attempt.ticket(tile.id(), Priority.GREEN_CHANNEL, citizen, requestIds.get()) : null;
            store.update(x -> s.greenChannel() ? x.withSelected(tile) : x.withSelected(tile).toScreen(Screen.PRIORITY));
        }
        if (green != null) {
            start(green);
        }
    }

    /** 爱心通道 on the home screen (elderly, disabled, pregnant): the next service chosen is a green-channel ticket. */
    public void greenChannel(boolean on) {
        store.touch();
        store.update(s -> s.screen() == Screen.HOME && (s.ready() || !on) ? s.withGreenChannel(on) : s);
    }

    /** Takes a ticket for the chosen service with a fresh request id (and the ID card, if one was read). */
    public void take(Priority priority) {
        store.touch();
        Attempt attempt;
        synchronized (this) {
            if (state().screen() != Screen.PRIORITY || state().selected() == null) {
                return;
            }
            attempt = Attempt.ticket(state().selected().id(), priority, citizen, requestIds.get());
        }
        start(attempt);
    }

    /** 预约签到 on the home screen. */
    public void openCheckIn() {
        store.touch();
        store.update(s -> s.screen() == Screen.HOME && s.ready() ? s.withCode("").toScreen(Screen.CHECK_IN) : s);
    }

    /** A key of the on-screen keypad, or a character from a keyboard or code scanner. */
    public void typeCode(char c) {
        store.touch();
        store.update(s -> s.screen() == Screen.CHECK_IN ? s.withCode(AppointmentCode.append(s.code(), c)) : s);
    }

    public void deleteCode() {
        store.touch();
        store.update(s -> s.screen() == Screen.CHECK_IN && !s.code().isEmpty()
                ? s.withCode(s.code().substring(0, s.code().length() - 1)) : s);
    }

    /** Checks in with the typed code (and the ID card, if one was read). */
    public void submitCheckIn() {
        store.touch();
        Attempt attempt;
        synchronized (this) {
            if (state().screen() != Screen.CHECK_IN || !AppointmentCode.complete(state().code())) {
                return;
            }
            attempt = Attempt.checkIn(state().code(), citizen, requestIds.get());
        }
        start(attempt);
    }

    /**
     * An ID card was read: goes with the ticket about to be taken (home, priority), checks in at once
     * (check-in), or starts afresh for the next citizen (result screens), and asks for the holder's
     * day for a notice. While a ticket is being issued or an unprinted one is on screen, it is ignored.
     */
    public void cardRead(CitizenId card) {
        store.touch();
        Attempt checkIn = null;
        synchronized (this) {
            Screen screen = state().screen();
            switch (screen) {
                case HOME, PRIORITY -> citizen = card;
                case PRINTED, GIVEN_UP, REFUSED -> {
                    citizen = card;
                    store.update(KioskState::fresh);
                }
                case CHECK_IN -> {
                    citizen = card;
                    checkIn = Attempt.checkIn(AppointmentCode.complete(state().code()) ? state().code() : null, card,
                            requestIds.get());
                }
                default -> {
                    return;
                }
            }
            store.update(s -> s.withCitizen(card.masked()));
        }
        PersonNotices.ask(issuer, store, rt, card);
        if (checkIn != null) {
            start(checkIn);
        }
    }

    /** The citizen takes the ID card back before taking a ticket (清除). */
    public void clearCard() {
        store.touch();
        synchronized (this) {
            citizen = null;
            store.update(s -> s.withCitizen(null).withNotice(null));
        }
    }

    /** A code scanner read {@code text}: a 收件通知书's QR code takes the result's pickup ticket (home or check-in). */
    public void scanned(String text) {
        store.touch();
        String token = Attempt.handoverToken(text);
        KioskState s = state();
        if (token != null && s.ready() && (s.screen() == Screen.HOME || s.screen() == Screen.CHECK_IN)) {
            start(Attempt.pickup(token, requestIds.get()));
        }
    }

    /** Retries the attempt the controller did not answer, with the same request id. */
    public void retry() {
        store.touch();
        Attempt attempt;
        synchronized (this) {
            if (state().screen() != Screen.REFUSED || !state().canRetry() || pending == null) {
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
        store.update(s -> s.withResult(Screen.WORKING, attempt.isCheckIn() ? Texts.WORKING_CHECK_IN : Texts.WORKING, null,
                null, false));
        rt.worker().execute(() -> finish(attempt, issuer.take(attempt)));
    }

    private void finish(Attempt attempt, IssueResult result) {
        store.touch();
        boolean keepAttempt = result instanceof IssueResult.Refused r && r.why() == IssueResult.Why.CONTROLLER_DOWN;
        synchronized (this) {
            pending = keepAttempt ? attempt : null;
            unprinted = result instanceof IssueResult.PrintFailed f ? f.ticket() : null;
        }
        store.update(s -> ResultScreens.of(s, result, attempt.isCheckIn()));
    }

    public void home() {
        store.touch();
        synchronized (this) {
            if (state().screen() != Screen.WORKING) {
                citizen = null;
                store.update(KioskState::fresh);
            }
        }
    }

    /** 不要此号 on the print-failed screen: asks once more before the number is given up. */
    public void askGiveUp() {
        store.touch();
        store.update(s -> s.screen() == Screen.PRINT_FAILED ? s.toScreen(Screen.CONFIRM_GIVE_UP) : s);
    }

    /** 保留此号: back to the print-failed screen, the ticket stays valid. */
    public void keepTicket() {
        store.touch();
        store.update(s -> s.screen() == Screen.CONFIRM_GIVE_UP ? s.toScreen(Screen.PRINT_FAILED) : s);
    }

    /** 确定放弃: voids the unprinted ticket (now, or as soon as the controller answers). */
    public void confirmGiveUp() {
        store.touch();
        TicketView ticket;
        synchronized (this) {
            if (state().screen() != Screen.CONFIRM_GIVE_UP || unprinted == null) {
                return;
            }
            ticket = unprinted;
            unprinted = null;
        }
        store.update(s -> s.withResult(Screen.WORKING, Texts.WORKING_GIVE_UP, null, s.ticket(), false));
        rt.worker().execute(() -> {
            PendingVoids.Result result = issuer.giveUp(ticket);
            store.touch();
            store.update(s -> ResultScreens.givenUp(s, result));
        });
    }

    public void toggleLanguage() {
        store.touch();
        store.update(s -> s.withLook(s.lang().other(), s.elderly()));
    }

    /** 适老化: large text, high contrast and spoken prompts in one switch. */
    public void toggleElderlyMode() {
        store.touch();
        store.update(s -> s.withLook(s.lang(), !s.elderly()));
    }

    /** The on-screen or the physical help button. */
    public void requestHelp() {
        store.touch();
        events.helpRequested(new KioskEvents.HelpRequest(id.kioskId(), rt.clock().instant(), state().screen().name()));
        store.update(s -> s.withHelp(true));
    }

    /**
     * Call about once a second: returns to the home screen (Chinese, standard look) when idle. An
     * unprinted ticket left on screen stays valid (docs/decisions.md D12).
     */
    public void tick() {
        Instant now = rt.clock().instant();
        synchronized (this) {
            KioskState s = state();
            if (s.screen() == Screen.WORKING || s.untouched()
                    || store.idle(now).compareTo(rt.settings().hold(s.screen())) < 0) {
                store.update(UnaryOperator.identity()); // the header clock and the countdown move on
                return;
            }
            citizen = null;
            store.update(x -> x.fresh().withLook(Lang.ZH, false));
        }
    }
}
