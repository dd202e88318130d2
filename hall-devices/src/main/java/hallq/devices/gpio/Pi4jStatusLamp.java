package hallq.devices.gpio;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link StatusLamp} on two Pi4J digital outputs (one per colour, active HIGH, e.g. through a
 * transistor or relay board). Both go LOW when the Pi4J context shuts down.
 */
public final class Pi4jStatusLamp implements StatusLamp {

    private static final Logger log = LoggerFactory.getLogger(Pi4jStatusLamp.class);

    private final DigitalOutput green;
    private final DigitalOutput red;
    private final String deviceId;
    private volatile LampColour showing = LampColour.OFF;

    public Pi4jStatusLamp(Context pi4j, GpioPin greenPin, GpioPin redPin) {
        this.deviceId = greenPin.deviceId();
        this.green = output(pi4j, greenPin, "green lamp");
        this.red = output(pi4j, redPin, "red lamp");
    }

    private static DigitalOutput output(Context pi4j, GpioPin pin, String name) {
        return pi4j.create(DigitalOutput.newConfigBuilder(pi4j)
                .id(pin.deviceId()).name(name).address(pin.bcm())
                .initial(DigitalState.LOW).shutdown(DigitalState.LOW));
    }

    @Override
    public synchronized void show(LampColour colour) {
        if (colour == showing) {
            return;
        }
        try {
            green.state(colour == LampColour.GREEN ? DigitalState.HIGH : DigitalState.LOW);
            red.state(colour == LampColour.RED ? DigitalState.HIGH : DigitalState.LOW);
            showing = colour;
            log.info("{}: lamp {}", deviceId, colour);
        } catch (RuntimeException e) {
            log.warn("{}: cannot switch the lamp to {}: {}", deviceId, colour, e.toString());
        }
    }

    @Override
    public LampColour showing() {
        return showing;
    }

    @Override
    public void close() {
        show(LampColour.OFF);
    }
}
