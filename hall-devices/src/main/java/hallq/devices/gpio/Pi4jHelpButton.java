package hallq.devices.gpio;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalInput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.io.gpio.digital.DigitalStateChangeListener;
import com.pi4j.io.gpio.digital.PullResistance;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link HelpButton} on a Pi4J digital input: a push button between the pin and 3.3 V with the
 * pull-down enabled, so a press is a LOW → HIGH edge. Debounced by Pi4J.
 */
public final class Pi4jHelpButton implements HelpButton {

    private static final Logger log = LoggerFactory.getLogger(Pi4jHelpButton.class);
    private static final long DEBOUNCE_MICROS = 10_000;

    private final GpioPin pin;
    private final DigitalInput input;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final DigitalStateChangeListener edge;

    public Pi4jHelpButton(Context pi4j, GpioPin pin) {
        this.pin = pin;
        this.input = pi4j.create(DigitalInput.newConfigBuilder(pi4j)
                .id(pin.deviceId()).name("help button").address(pin.bcm())
                .pull(PullResistance.PULL_DOWN).debounce(DEBOUNCE_MICROS));
        this.edge = event -> {
            if (event.state() == DigitalState.HIGH) {
                pressed();
            }
        };
        input.addListener(edge);
        log.info("{}: help button on BCM {}", pin.deviceId(), pin.bcm());
    }

    private void pressed() {
        log.info("{}: pressed", pin.deviceId());
        for (Runnable listener : listeners) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                log.warn("{}: a help listener failed: {}", pin.deviceId(), e.toString());
            }
        }
    }

    @Override
    public void onPress(Runnable listener) {
        listeners.add(listener);
    }

    @Override
    public void close() {
        input.removeListener(edge);
        listeners.clear();
    }
}
