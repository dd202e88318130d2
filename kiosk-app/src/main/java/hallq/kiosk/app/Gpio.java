package hallq.kiosk.app;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.plugin.mock.platform.MockPlatform;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInputProvider;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutputProvider;
import hallq.devices.gpio.GpioPin;
import hallq.devices.gpio.Pi4jHelpButton;
import hallq.devices.gpio.Pi4jStatusLamp;
import hallq.kiosk.ui.KioskViewModel;

/**
 * {@code --gpio none|mock|pi}: the help button and the status lamp on Pi4J. {@code mock} uses
 * Pi4J's mock pins (no hardware; the lamp is logged); {@code pi} takes the platform plugin found on
 * the class path (on a Raspberry Pi add e.g. pi4j-plugin-gpiod).
 */
final class Gpio implements AutoCloseable {

    private final Context pi4j;

    private Gpio(Context pi4j) {
        this.pi4j = pi4j;
    }

    /** Null for {@code none}. */
    static Gpio start(String mode, KioskViewModel vm, String kioskId, int helpPin, int greenPin, int redPin) {
        Context context = switch (mode) {
            case "none" -> null;
            case "mock" -> Pi4J.newContextBuilder().add(new MockPlatform())
                    .add(MockDigitalInputProvider.newInstance(), MockDigitalOutputProvider.newInstance()).build();
            case "pi" -> Pi4J.newAutoContext();
            default -> throw new IllegalArgumentException("--gpio must be none, mock or pi, was '" + mode + "'");
        };
        if (context == null) {
            return null;
        }
        GpioBinding.helpButton(vm, new Pi4jHelpButton(context, new GpioPin(kioskId + "-help", helpPin)));
        GpioBinding.lamp(vm, new Pi4jStatusLamp(context, new GpioPin(kioskId + "-lamp-green", greenPin),
                new GpioPin(kioskId + "-lamp-red", redPin)));
        return new Gpio(context);
    }

    @Override
    public void close() {
        pi4j.shutdown();
    }
}
