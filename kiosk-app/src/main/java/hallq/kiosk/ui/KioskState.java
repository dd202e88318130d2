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
 */
public record KioskState(Screen screen, Lang lang, boolean elderly, boolean ready, Text banner,
                         List<ZoneGroup> zones, ServiceTile selected, Text heading, Text message, TicketCard ticket,
                         boolean canRetry, boolean helpRaised) {
    public KioskState {
        zones = List.copyOf(zones);
    }

    static KioskState initial() {
        return new KioskState(Screen.HOME, Lang.ZH, false, false, null, List.of(), null, null, null, null, false,
                false);
    }

    public ServiceTile tile(String serviceId) {
        return zones.stream().flatMap(z -> z.services().stream()).filter(t -> t.id().equals(serviceId)).findFirst()
                .orElse(null);
    }

    KioskState toScreen(Screen next) {
        return new KioskState(next, lang, elderly, ready, banner, zones, selected, heading, message, ticket, canRetry,
                helpRaised);
    }

    KioskState withResult(Screen next, Text newHeading, Text newMessage, TicketCard newTicket, boolean retry) {
        return new KioskState(next, lang, elderly, ready, banner, zones, selected, newHeading, newMessage, newTicket,
                retry, helpRaised);
    }

    KioskState withSelected(ServiceTile tile) {
        return new KioskState(screen, lang, elderly, ready, banner, zones, tile, heading, message, ticket, canRetry,
                helpRaised);
    }

    KioskState withLive(boolean nowReady, Text nowBanner, List<ZoneGroup> nowZones) {
        return new KioskState(screen, lang, elderly, nowReady, nowBanner, nowZones, selected, heading, message, ticket,
                canRetry, helpRaised);
    }

    KioskState withLook(Lang newLang, boolean newElderly) {
        return new KioskState(screen, newLang, newElderly, ready, banner, zones, selected, heading, message, ticket,
                canRetry, helpRaised);
    }

    KioskState withHelp(boolean raised) {
        return new KioskState(screen, lang, elderly, ready, banner, zones, selected, heading, message, ticket,
                canRetry, raised);
    }
}
