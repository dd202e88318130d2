package hallq.kiosk.ui;

import hallq.kiosk.i18n.Text;

/**
 * The ticket as the result screen shows it; {@code qrUrl} is the citizen's progress page,
 * {@code area} the hall zone of the service (where to wait), null when the kiosk does not know it.
 */
public record TicketCard(String number, String serviceName, int peopleAhead, Text predictedWait, String qrUrl,
                         Text area) {
}
