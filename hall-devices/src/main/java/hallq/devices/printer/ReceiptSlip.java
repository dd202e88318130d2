package hallq.devices.printer;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * A receipt printed at a window, already worded for the citizen: the 收件通知书 of a handover (代办转报)
 * — the hall, the title, its facts (收件编号, 申请事项, deadlines ...), the materials received, what happens
 * next, a QR code to follow it (optional) and the 12345 hotline.
 */
public record ReceiptSlip(String hallName, String title, List<Field> fields, List<String> materials,
                          List<String> notes, String qrUrl, String qrCaption, String hotlineText) {
    public static final int MAX_LINES = 40;
    public static final int MAX_TEXT = 500;

    /** One fact: its label and its value, printed as {@code label：value}. */
    public record Field(String label, String value) {
        public Field {
            SlipText.require("field label", label, false);
            SlipText.require("field '" + label + "'", value, true);
        }
    }

    public ReceiptSlip {
        SlipText.require("hallName", hallName, false);
        SlipText.require("title", title, false);
        SlipText.require("hotlineText", hotlineText, false);
        if (!hotlineText.contains("12345")) {
            throw new IllegalArgumentException("hotlineText must publish the 12345 hotline, was '" + hotlineText + "'");
        }
        fields = List.copyOf(Objects.requireNonNull(fields, "fields"));
        materials = lines("materials", materials);
        notes = lines("notes", notes);
        if (fields.size() > MAX_LINES) {
            throw new IllegalArgumentException("more than " + MAX_LINES + " fields");
        }
        if (qrUrl != null) {
            SlipText.require("qrUrl", qrUrl, false);
            if (qrUrl.getBytes(StandardCharsets.UTF_8).length > TicketSlip.MAX_QR_URL_BYTES) {
                throw new IllegalArgumentException("qrUrl longer than " + TicketSlip.MAX_QR_URL_BYTES + " bytes");
            }
        }
        SlipText.require("qrCaption", qrCaption == null ? "" : qrCaption, true);
        for (String text : List.of(hallName, title, qrCaption == null ? "" : qrCaption)) {
            if (text.length() > MAX_TEXT) {
                throw new IllegalArgumentException("a line longer than " + MAX_TEXT + " characters");
            }
        }
        for (Field f : fields) {
            if (f.label().length() + f.value().length() > MAX_TEXT) {
                throw new IllegalArgumentException("field '" + f.label() + "' longer than " + MAX_TEXT + " characters");
            }
        }
    }

    private static List<String> lines(String name, List<String> lines) {
        List<String> copy = List.copyOf(Objects.requireNonNull(lines, name));
        if (copy.size() > MAX_LINES) {
            throw new IllegalArgumentException("more than " + MAX_LINES + " " + name);
        }
        for (String line : copy) {
            SlipText.require(name + "[]", line, false);
            if (line.length() > MAX_TEXT) {
                throw new IllegalArgumentException(name + ": a line longer than " + MAX_TEXT + " characters");
            }
        }
        return copy;
    }
}
