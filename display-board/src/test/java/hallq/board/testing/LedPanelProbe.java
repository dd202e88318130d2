package hallq.board.testing;

import hallq.devices.DeviceListener;
import hallq.devices.frame.DecodeError;
import hallq.devices.frame.FrameReceiver;
import hallq.devices.led.LedCommand;
import hallq.devices.led.LedFrames;
import hallq.devices.led.LedMessage;
import hallq.devices.serial.SerialLink;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The far end of an LED panel's serial line: frames decoded with hall-devices' own codec
 * ({@link FrameReceiver}, {@link LedFrames#decode}), the latest RAM text kept per line.
 */
public final class LedPanelProbe implements AutoCloseable {
    private final int address;
    private final Map<Integer, LedMessage> lines = new ConcurrentHashMap<>();
    private final List<LedCommand> received = new CopyOnWriteArrayList<>();
    private final List<DecodeError> errors = new CopyOnWriteArrayList<>();
    private final FrameReceiver<LedCommand> receiver;

    public LedPanelProbe(SerialLink link, int address) {
        this.address = address;
        this.receiver = FrameReceiver.start(link, LedFrames::decode, new DeviceListener<>() {
            @Override
            public void onEvent(LedCommand command) {
                if (command.address() == LedPanelProbe.this.address) {
                    received.add(command);
                    if (command instanceof LedCommand.Show show) {
                        lines.put(show.message().line(), show.message());
                    }
                }
            }

            @Override
            public void onDecodeError(DecodeError error) {
                errors.add(error);
            }
        });
    }

    /** The message line {@code line} shows, or null before any. */
    public LedMessage line(int line) {
        return lines.get(line);
    }

    public String text(int line) {
        LedMessage m = lines.get(line);
        return m == null ? null : m.text();
    }

    public List<LedCommand> received() {
        return List.copyOf(received);
    }

    public List<DecodeError> errors() {
        return List.copyOf(errors);
    }

    @Override
    public void close() {
        receiver.close();
    }
}
