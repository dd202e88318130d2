package hallq.kiosk.ui;

import hallq.kiosk.i18n.Lang;
import hallq.kiosk.i18n.Text;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Everything the kiosk view shows, as one immutable value: the view model publishes a new one
 * after each change and the view redraws from it.
 *
 * @param ready        taking tickets: controller reachable and printer fit (the lamp is green)
 * @param banner       why ticketing is paused on the home screen, or null
 * @param pause        the same as a fault with a pictogram and what the citizen can do, or null
 * @param heading      the result screen's headline, or null
 * @param message      the result screen's explanation, or null
 * @param canRetry     the refusal may pass on a retry of the same attempt (controller was away)
 * @param maskedId     the ID card read for this citizen, masked (4401**********1234), or null
 * @param code         the appointment code typed so far on the check-in screen
 * @param greenChannel 爱心通道 chosen on the home screen: the next service chosen takes a green-channel ticket
 * @param fault        why the refused screen refused, or null
 * @param now          the hall's local time, to the minute (the header clock), or null before the first tick
 * @param countdown    seconds until a result screen goes home by itself, or null
 * @param notice       the card holder's appointments and handovers today (asked, then answered), or null
 */
public record KioskState(Screen screen, Lang lang, boolean elderly, boolean ready, Text banner, Fault pause,
                         List<ZoneGroup> zones, ServiceTile selected, Text heading, Text message, TicketCard ticket,
                         boolean canRetry, boolean helpRaised, String maskedId, String code, boolean greenChannel,
                         Fault fault, LocalDateTime now, Integer countdown,
                         PersonNotice notice) {
    public KioskState {
        zones = List.copyOf(zones);
        code = code == null ? "" : code;
    }

    static KioskState initial() {
        return new KioskState(Screen.HOME, Lang.ZH, false, false, null, null, List.of(), null, null, null, null, false,
                false, null, "", false, null, null, null, null);
    }

    public ServiceTile tile(String serviceId) {
        return zones.stream().flatMap(z -> z.services().stream()).filter(t -> t.id().equals(serviceId)).findFirst()
                .orElse(null);
    }

    /** The ID card prompt is up: the chosen service asks for the card and none was read yet. */
    public boolean askForCard() {
        return screen == Screen.PRIORITY && selected != null && selected.wantsCard() && maskedId == null;
    }

    /** The card holder's notice is on screen: it has lines, and the screen is one they choose on. */
    public boolean noticeShown() {
        return notice != null && !notice.lines().isEmpty()
                && (screen == Screen.HOME || screen == Screen.PRIORITY || screen == Screen.CHECK_IN);
    }

    /** The home screen as the next citizen should find it: Chinese, standard look, nothing chosen or raised. */
    boolean untouched() {
        return screen == Screen.HOME && lang == Lang.ZH && !elderly && !helpRaised && maskedId == null && !greenChannel;
    }

    KioskState toScreen(Screen next) {
        return new KioskState(next, lang, elderly, ready, banner, pause, zones, selected, heading, message, ticket,
                canRetry, helpRaised, maskedId, code, greenChannel, fault, now, countdown, notice);
    }

    KioskState withResult(Screen next, Text newHeading, Text newMessage, TicketCard newTicket, boolean retry) {
        return withFault(next, newHeading, newMessage, newTicket, retry, null);
    }

    KioskState withFault(Screen next, Text newHeading, Text newMessage, TicketCard newTicket, boolean retry,
                         Fault newFault) {
        return new KioskState(next, lang, elderly, ready, banner, pause, zones, selected, newHeading, newMessage,
                newTicket, retry, helpRaised, maskedId, code, greenChannel, newFault, now, countdown, notice);
    }

    KioskState withSelected(ServiceTile tile) {
        return new KioskState(screen, lang, elderly, ready, banner, pause, zones, tile, heading, message, ticket,
                canRetry, helpRaised, maskedId, code, greenChannel, fault, now, countdown, notice);
    }

    KioskState withLive(boolean nowReady, Text nowBanner, Fault nowPause, List<ZoneGroup> nowZones) {
        return new KioskState(screen, lang, elderly, nowReady, nowBanner, nowPause, nowZones, selected, heading,
                message, ticket, canRetry, helpRaised, maskedId, code, greenChannel, fault, now, countdown, notice);
    }

    KioskState withLook(Lang newLang, boolean newElderly) {
        return new KioskState(screen, newLang, newElderly, ready, banner, pause, zones, selected, heading, message,
                ticket, canRetry, helpRaised, maskedId, code, greenChannel, fault, now, countdown, notice);
    }

    KioskState withHelp(boolean raised) {
        return new KioskState(screen, lang, elderly, ready, banner, pause, zones, selected, heading, message, ticket,
                canRetry, raised, maskedId, code, greenChannel, fault, now, countdown, notice);
    }

    KioskState withCitizen(String newMaskedId) {
        return new KioskState(screen, lang, elderly, ready, banner, pause, zones, selected, heading, message, ticket,
                canRetry, helpRaised, newMaskedId, code, greenChannel, fault, now, countdown, notice);
    }

    KioskState withCode(String newCode) {
        return new KioskState(screen, lang, elderly, ready, banner, pause, zones, selected, heading, message, ticket,
                canRetry, helpRaised, maskedId, newCode, greenChannel, fault, now, countdown, notice);
    }

    KioskState withGreenChannel(boolean on) {
        return new KioskState(screen, lang, elderly, ready, banner, pause, zones, selected, heading, message, ticket,
                canRetry, helpRaised, maskedId, code, on, fault, now, countdown, notice);
    }

    KioskState withClock(LocalDateTime newNow, Integer newCountdown) {
        return new KioskState(screen, lang, elderly, ready, banner, pause, zones, selected, heading, message, ticket,
                canRetry, helpRaised, maskedId, code, greenChannel, fault, newNow, newCountdown, notice);
    }

    KioskState withNotice(PersonNotice newNotice) {
        return new KioskState(screen, lang, elderly, ready, banner, pause, zones, selected, heading, message, ticket,
                canRetry, helpRaised, maskedId, code, greenChannel, fault, now, countdown, newNotice);
    }

    /** The home screen for the next citizen: nothing chosen, no card or its notice, no code, no help raised. */
    KioskState fresh() {
        return withSelected(null).withHelp(false).withCitizen(null).withNotice(null).withCode("").withGreenChannel(false)
                .withClock(now, null).toScreen(Screen.HOME);
    }
}
