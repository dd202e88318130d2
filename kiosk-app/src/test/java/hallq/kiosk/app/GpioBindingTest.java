package hallq.kiosk.app;

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
import hallq.devices.gpio.GpioPin;
import hallq.devices.gpio.LampColour;
import hallq.devices.gpio.Pi4jHelpButton;
import hallq.devices.gpio.Pi4jStatusLamp;
import hallq.kiosk.testing.RecordingTicketPrinter;
import hallq.kiosk.testing.TestKiosk;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The kiosk's help button and status lamp on Pi4J's mock pins. */
class GpioBindingTest {

    private final Context pi4j = Pi4J.newContextBuilder().add(new MockPlatform())
            .add(MockDigitalInputProvider.newInstance(), MockDigitalOutputProvider.newInstance()).build();
    private final TestKiosk k = new TestKiosk();

    @AfterEach
    void shutdown() {
        pi4j.shutdown();
    }

    @Test
    void helpButton_pressed_raisesHelpRequest() {
        GpioBinding.helpButton(k.vm, new Pi4jHelpButton(pi4j, new GpioPin("kiosk-1-help", 17)));
        MockDigitalInput pin = pi4j.io("kiosk-1-help");
        pin.mockState(DigitalState.HIGH);
        await().atMost(Duration.ofSeconds(2)).until(() -> k.events.help.size() == 1);
        assertEquals("kiosk-1", k.events.help.get(0).kioskId());
    }

    @Test
    void lamp_followsKioskState_greenReadyRedOutOfService() {
        Pi4jStatusLamp lamp = new Pi4jStatusLamp(pi4j, new GpioPin("kiosk-1-green", 22), new GpioPin("kiosk-1-red", 23));
        GpioBinding.lamp(k.vm, lamp);
        DigitalOutput green = pi4j.io("kiosk-1-green");
        DigitalOutput red = pi4j.io("kiosk-1-red");
        assertEquals(LampColour.RED, lamp.showing(), "not ready before the first poll");
        k.vm.refresh();
        assertEquals(DigitalState.HIGH, green.state());
        k.printer.setStatus(RecordingTicketPrinter.PAPER_OUT);
        k.vm.refresh();
        assertEquals(DigitalState.HIGH, red.state());
        assertEquals(DigitalState.LOW, green.state());
        k.printer.setStatus(RecordingTicketPrinter.HEALTHY);
        k.controller.setDown(true);
        k.vm.refresh();
        assertEquals(LampColour.RED, lamp.showing());
        k.controller.setDown(false);
        k.vm.refresh();
        assertEquals(LampColour.GREEN, lamp.showing());
    }
}
