package hallq.board.app;

import hallq.board.adapter.led.LedPanelDriver;
import hallq.board.render.BoardInfo;
import hallq.board.render.WindowBoardViewModel;
import hallq.board.render.led.LedWindowLayout;
import hallq.devices.serial.JSerialCommLink;
import hallq.devices.serial.SerialSettings;
import hallq.protocol.config.DeviceConfig;
import hallq.protocol.config.HallConfig;
import java.time.Duration;
import java.util.Optional;

/** A window board on a real LED panel (窗口LED屏): the window view model, laid out in lines, over serial. */
public final class LedBoard {
    public static final String DEVICE_KIND = "led-window-board";
    static final Duration RETRY_EVERY = Duration.ofSeconds(2);
    static final Duration REFRESH_EVERY = Duration.ofSeconds(10);

    private LedBoard() {
    }

    /** The panel's serial settings and bus address: the hall configuration's device, then the options. */
    public record Port(SerialSettings serial, int address) {
    }

    /**
     * Where window {@code window}'s panel is: {@code portPath}, {@code baud} and {@code address} when given,
     * else the configured {@value #DEVICE_KIND} device of that window; empty when neither names a port.
     */
    static Optional<Port> port(HallConfig hall, int window, String portPath, Integer baud, Integer address) {
        Optional<DeviceConfig> device = hall.devices() == null ? Optional.empty() : hall.devices().stream()
                .filter(d -> DEVICE_KIND.equals(d.kind()) && Integer.valueOf(window).equals(d.window()))
                .findFirst();
        String path = portPath != null ? portPath : device.map(DeviceConfig::port).orElse(null);
        if (path == null) {
            return Optional.empty();
        }
        String id = device.map(DeviceConfig::id).orElse("board-w" + window);
        int rate = baud != null ? baud : device.map(DeviceConfig::baud).orElse(115_200);
        int addr = address != null ? address : device.map(DeviceConfig::address).orElse(window);
        return Optional.of(new Port(new SerialSettings(id, path, rate), addr));
    }

    /** Drives the panel from the board's state from now on; close the driver to stop. */
    public static LedPanelDriver attach(BoardRuntime runtime, int window, BoardInfo info, Port port,
                                        Duration retryEvery, Duration refreshEvery) {
        LedPanelDriver driver = new LedPanelDriver(new JSerialCommLink(port.serial()), port.address(), retryEvery,
                refreshEvery);
        driver.show(LedWindowLayout.lines(WindowBoardViewModel.of(runtime.store().state(), info, window)));
        runtime.store().listen((before, after) ->
                driver.show(LedWindowLayout.lines(WindowBoardViewModel.of(after, info, window))));
        return driver.start();
    }
}
