package hallq.devices.printer;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * What goes on a paper ticket, already formatted for citizens (Chinese text). Blank optional
 * fields (zone, predicted wait) are left off the slip.
 *
 * @param hotlineText must mention the 12345 government service hotline (R11)
 */
public record TicketSlip(String hallName, String ticketNumber, String serviceName, int peopleAhead,
                         String predictedWaitText, String issuedAtText, String zone, String qrUrl,
                         String hotlineText, List<String> footerLines) {

    public static final int MAX_QR_URL_BYTES = 512;

    public TicketSlip {
        requireText("hallName", hallName, false);
        requireText("ticketNumber", ticketNumber, false);
        requireText("serviceName", serviceName, false);
        requireText("predictedWaitText", predictedWaitText, true);
        requireText("issuedAtText", issuedAtText, false);
        requireText("zone", zone, true);
        requireText("qrUrl", qrUrl, false);
        requireText("hotlineText", hotlineText, false);
        if (peopleAhead < 0) {
            throw new IllegalArgumentException("peopleAhead must be >= 0, was " + peopleAhead);
        }
        if (!ticketNumber.matches("[A-Za-z0-9-]{1,12}")) {
            throw new IllegalArgumentException("ticketNumber '" + ticketNumber + "' is not 1-12 letters/digits");
        }
        if (qrUrl.getBytes(StandardCharsets.UTF_8).length > MAX_QR_URL_BYTES) {
            throw new IllegalArgumentException("qrUrl longer than " + MAX_QR_URL_BYTES + " bytes");
        }
        if (!hotlineText.contains("12345")) {
            throw new IllegalArgumentException("hotlineText must publish the 12345 hotline, was '" + hotlineText + "'");
        }
        footerLines = List.copyOf(Objects.requireNonNull(footerLines, "footerLines"));
        for (String line : footerLines) {
            requireText("footerLines[]", line, true);
        }
    }

    private static void requireText(String name, String value, boolean blankAllowed) {
        SlipText.require(name, value, blankAllowed);
    }
}
