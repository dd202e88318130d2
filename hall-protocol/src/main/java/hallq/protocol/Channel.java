package hallq.protocol;

/** How a ticket was taken. */
public enum Channel {
    KIOSK, APPOINTMENT, ONLINE, COUNTER
}
