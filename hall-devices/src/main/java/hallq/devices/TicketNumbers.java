package hallq.devices;

import java.util.regex.Pattern;

/** The ticket-number shape devices carry on the wire: 1-12 ASCII letters, digits or '-'. */
public final class TicketNumbers {

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9-]{1,12}");

    private TicketNumbers() {
    }

    public static boolean isValid(String ticket) {
        return ticket != null && SHAPE.matcher(ticket).matches();
    }

    public static String requireValid(String ticket) {
        if (!isValid(ticket)) {
            throw new IllegalArgumentException("ticket number '" + ticket + "' is not 1-12 letters/digits");
        }
        return ticket;
    }
}
