package hallq.sim.led;

import hallq.devices.DeviceListener;
import hallq.devices.frame.DecodeError;
import hallq.devices.frame.FrameCodec;
import hallq.devices.frame.FrameReceiver;
import hallq.devices.led.LedCommand;
import hallq.devices.led.LedFrames;
import hallq.devices.led.LedMessage;
import hallq.devices.serial.SerialLink;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A simulated LED window board on a serial link. It obeys frames for its address and for
 * broadcast, keeps RAM text over stored (flash) text per line, and records every command and
 * decode error for tests and the demo.
 */
public final class SimLedBoard implements AutoCloseable {

    private final int address;
    private final Map<Integer, LedMessage> ram = new ConcurrentHashMap<>();
    private final Map<Integer, LedMessage> flash = new ConcurrentHashMap<>();
    private final List<LedCommand> received = new CopyOnWriteArrayList<>();
    private final List<DecodeError> errors = new CopyOnWriteArrayList<>();
    private final FrameReceiver<LedCommand> receiver;
    private volatile int brightness = 16;
    private volatile int flashWrites;

    public SimLedBoard(SerialLink link, int address) {
        this.address = address;
        this.receiver = FrameReceiver.start(link, LedFrames::decode, new DeviceListener<>() {
            @Override
            public void onEvent(LedCommand command) {
                apply(command);
            }

            @Override
            public void onDecodeError(DecodeError error) {
                errors.add(error);
            }
        });
    }

    private void apply(LedCommand command) {
        if (command.address() != address && command.address() != FrameCodec.BROADCAST) {
            return;
        }
        received.add(command);
        if (command instanceof LedCommand.Show show) {
            if (show.persistent()) {
                flash.put(show.message().line(), show.message());
                ram.remove(show.message().line());
                flashWrites++;
            } else {
                ram.put(show.message().line(), show.message());
            }
        } else if (command instanceof LedCommand.Clear) {
            ram.clear();
        } else if (command instanceof LedCommand.Brightness b) {
            brightness = b.level();
        }
    }

    /** The text line {@code line} shows now: RAM text, else stored text, else empty. */
    public String shown(int line) {
        return Optional.ofNullable(ram.get(line)).or(() -> Optional.ofNullable(flash.get(line)))
                .map(LedMessage::text).orElse("");
    }

    public List<LedCommand> received() {
        return List.copyOf(received);
    }

    public List<DecodeError> decodeErrors() {
        return List.copyOf(errors);
    }

    public int brightness() {
        return brightness;
    }

    /** How often flash was written; live calls should leave this at zero. */
    public int flashWrites() {
        return flashWrites;
    }

    public boolean isRunning() {
        return receiver.isRunning();
    }

    @Override
    public void close() {
        receiver.close();
    }
}
