package hallq.kiosk.ui;

/** The kiosk's screens, in the order a citizen meets them. */
public enum Screen {
    /** Services by zone, with waiting counts and predicted waits. */
    HOME,
    /** Standard, 绿色通道 or 急事急办 for the chosen service. */
    PRIORITY,
    /** 预约签到: type or scan the appointment code, or read the ID card. */
    CHECK_IN,
    /** Asking the controller and printing. */
    WORKING,
    /** The ticket is printed: take it. */
    PRINTED,
    /** Issued but not printed: still valid, shown as a QR code to photograph; the citizen may give it up. */
    PRINT_FAILED,
    /** "Give up this number?" asked before voiding an unprinted ticket. */
    CONFIRM_GIVE_UP,
    /** The unprinted ticket was given up (voided, or queued to be voided). */
    GIVEN_UP,
    /** No ticket: controller away, printer down, or the controller said no (cap, hours). */
    REFUSED
}
