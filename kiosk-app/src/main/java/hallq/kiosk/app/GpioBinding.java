package hallq.kiosk.app;

import hallq.devices.gpio.HelpButton;
import hallq.devices.gpio.LampColour;
import hallq.devices.gpio.StatusLamp;
import hallq.kiosk.ui.KioskViewModel;

/** Joins the kiosk's GPIO parts to its view model: the help button asks for help, the lamp shows readiness. */
public final class GpioBinding {

    private GpioBinding() {
    }

    /** Green while the kiosk takes tickets, red while it is out of service. */
    public static void lamp(KioskViewModel vm, StatusLamp lamp) {
        vm.subscribe(s -> lamp.show(s.ready() ? LampColour.GREEN : LampColour.RED));
    }

    public static void helpButton(KioskViewModel vm, HelpButton button) {
        button.onPress(vm::requestHelp);
    }
}
