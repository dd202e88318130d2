package hallq.kiosk.ui;

import hallq.kiosk.i18n.Text;

/** The ticket as the result screen shows it; {@code qrUrl} is the citizen's progress page. */
public record TicketCard(String number, String serviceName, int peopleAhead, Text predictedWait, String qrUrl) {
}
