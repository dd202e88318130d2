package hallq.kiosk.ui;

import hallq.kiosk.i18n.ScreenTexts;
import hallq.kiosk.i18n.Text;
import hallq.kiosk.i18n.Texts;

/**
 * Why the kiosk cannot give this citizen a ticket, with a pictogram, a headline and what the
 * citizen can do: the home screen shows the pause faults while they last, the refused screen the
 * fault of the attempt.
 */
public enum Fault {
    PAPER_OUT(Icon.PAPER_OUT, ScreenTexts.PAPER_OUT_HEADING, ScreenTexts.PAPER_OUT_ADVICE),
    PRINTER_DOWN(Icon.PRINTER, Texts.PAUSED, ScreenTexts.PRINTER_ADVICE),
    CONTROLLER_DOWN(Icon.OFFLINE, Texts.CONTROLLER_DOWN, ScreenTexts.CONTROLLER_ADVICE),
    DAILY_CAP(Icon.LIMIT, ScreenTexts.DAILY_CAP_HEADING, ScreenTexts.DAILY_CAP_ADVICE),
    /** Any other refusal: the controller's reason in plain words is the message; the advice is the desk. */
    REFUSED(Icon.HELP, Texts.NO_TICKET, ScreenTexts.ASK_DESK);

    final Icon icon;
    final Text heading;
    final Text advice;

    Fault(Icon icon, Text heading, Text advice) {
        this.icon = icon;
        this.heading = heading;
        this.advice = advice;
    }

    public Icon icon() {
        return icon;
    }

    public Text heading() {
        return heading;
    }

    public Text advice() {
        return advice;
    }

    /** The home screen's banner while this fault pauses the kiosk. */
    Text banner() {
        return this == CONTROLLER_DOWN ? Texts.CONTROLLER_DOWN : Texts.PAUSED;
    }

    /** The pause fault from the last poll: null when the kiosk can issue. */
    static Fault pause(boolean controllerUp, String printerProblem) {
        if (!controllerUp) {
            return CONTROLLER_DOWN;
        }
        if (printerProblem == null) {
            return null;
        }
        return printerProblem.startsWith("paper out") ? PAPER_OUT : PRINTER_DOWN;
    }
}
