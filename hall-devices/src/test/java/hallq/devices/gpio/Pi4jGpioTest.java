package hallq.devices.gpio;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.plugin.mock.platform.MockPlatform;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInput;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInputProvider;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutputProvider;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Pi4J adapters against Pi4J's own mock plugin: a mocked pin fires the same events as a real one. */
class Pi4jGpioTest {

    private final Context pi4j = Pi4J.newContextBuilder().add(new MockPlatform())
            .add(MockDigitalInputProvider.newInstance(), MockDigitalOutputProvider.newInstance()).build();

    @AfterEach
    void shutdown() {
        pi4j.shutdown();
    }

    @Test
    void helpButton_pressed_notifiesOncePerPress() {
        AtomicInteger presses = new AtomicInteger();
        try (HelpButton button = new Pi4jHelpButton(pi4j, new GpioPin("kiosk-1-help", 17))) {
            button.onPress(presses::incrementAndGet);
            MockDigitalInput pin = pi4j.io("kiosk-1-help");
            pin.mockState(DigitalState.HIGH);
            await().atMost(Duration.ofSeconds(2)).until(() -> presses.get() == 1);
            pin.mockState(DigitalState.LOW);
            pin.mockState(DigitalState.HIGH);
            await().atMost(Duration.ofSeconds(2)).until(() -> presses.get() == 2);
        }
    }

    @Test
    void statusLamp_show_drivesOneColourAtATime() {
        StatusLamp lamp = new Pi4jStatusLamp(pi4j, new GpioPin("kiosk-1-green", 22), new GpioPin("kiosk-1-red", 23));
        DigitalOutput green = pi4j.io("kiosk-1-green");
        DigitalOutput red = pi4j.io("kiosk-1-red");
        lamp.show(LampColour.GREEN);
        assertEquals(DigitalState.HIGH, green.state());
        assertEquals(DigitalState.LOW, red.state());
        lamp.show(LampColour.RED);
        assertEquals(DigitalState.LOW, green.state());
        assertEquals(DigitalState.HIGH, red.state());
        lamp.close();
        assertEquals(DigitalState.LOW, red.state());
        assertEquals(LampColour.OFF, lamp.showing());
    }
}
