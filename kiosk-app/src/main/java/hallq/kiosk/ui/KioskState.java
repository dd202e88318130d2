package hallq.kiosk.ui;

import hallq.kiosk.i18n.Lang;
import hallq.kiosk.i18n.Text;
import java.util.List;

/**
 * Everything the kiosk view shows, as one immutable value: the view model publishes a new one
 * after each change and the view redraws from it.
 *
 * @param ready     taking tickets: controller reachable and printer fit (the lamp is green)
 * @param banner    why ticketing is paused on the home screen, or null
 * @param heading   the result screen's headline, or null
 * @param message   the result screen's explanation, or null
 * @param canRetry  the refusal may pass on a retry of the same attempt (controller was away)
 * @param maskedId  the ID card read for this citizen, masked (4401**********1234), or null
 * @param code      the appointment code typed so far on the check-in screen
 */
public record KioskState(Screen screen, Lang lang, boolean elderly, boolean ready, Text banner,
                         List<ZoneGroup> zones, ServiceTile selected, Text heading, Text message, TicketCard ticket,
                         boolean canRetry, boolean helpRaised, String maskedId, String code) {
    public KioskState {
        zones = List.copyOf(zones);
        code = code == null ? "" : code;
    }

    static KioskState initial() {
        return new KioskState(Screen.HOME, Lang.ZH, false, false, null, List.of(), null, null, null, null, false,
                false, null, "");
    }

    public ServiceTile tile(String serviceId) {
        return zones.stream().flatMap(z -> z.services().stream()).filter(t -> t.id().equals(serviceId)).findFirst()
                .orElse(null);
    }

    KioskState toScreen(Screen next) {
        return new KioskState(next, lang, elderly, ready, banner, zones, selected, heading, message, ticket, canRetry,
                helpRaised, maskedId, code);
    }

    KioskState withResult(Screen next, Text newHeading, Text newMessage, TicketCard newTicket, boolean retry) {
        return new KioskState(next, lang, elderly, ready, banner, zones, selected, newHeading, newMessage, newTicket,
                retry, helpRaised, maskedId, code);
    }

    KioskState withSelected(ServiceTile tile) {
        return new KioskState(screen, lang, elderly, ready, banner, zones, tile, heading, message, ticket, canRetry,
                helpRaised, maskedId, code);
    }

    KioskState withLive(boolean nowReady, Text nowBanner, List<ZoneGroup> nowZones) {
        return new KioskState(screen, lang, elderly, nowReady, nowBanner, nowZones, selected, heading, message, ticket,
                canRetry, helpRaised, maskedId, code);
    }

    KioskState withLook(Lang newLang, boolean newElderly) {
        return new KioskState(screen, newLang, newElderly, ready, banner, zones, selected, heading, message, ticket,
                canRetry, helpRaised, maskedId, code);
    }

    KioskState withHelp(boolean raised) {
        return new KioskState(screen, lang, elderly, ready, banner, zones, selected, heading, message, ticket,
                canRetry, raised, maskedId, code);
    }

    KioskState withCitizen(String newMaskedId) {
        return new KioskState(screen, lang, elderly, ready, banner, zones, selected, heading, message, ticket,
                canRetry, helpRaised, newMaskedId, code);
    }

    KioskState withCode(String newCode) {
        return new KioskState(screen, lang, elderly, ready, banner, zones, selected, heading, message, ticket,
                canRetry, helpRaised, maskedId, newCode);
    }

    /** The home screen for the next citizen: nothing chosen, no card, no code, no help raised. */
    KioskState fresh() {
        return withSelected(null).withHelp(false).withCitizen(null).withCode("").toScreen(Screen.HOME);
    }
}
