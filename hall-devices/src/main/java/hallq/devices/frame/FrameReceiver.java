package hallq.devices.frame;

import hallq.devices.DeviceListener;
import hallq.devices.serial.SerialLink;
import hallq.devices.serial.SerialReadLoop;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads frames from a {@link SerialLink}, turns each into a domain event with a device codec and
 * hands it to a listener. Decode errors are logged here (the boundary) with the device id and
 * passed on; nothing on the line stops the loop.
 */
public final class FrameReceiver<E> implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(FrameReceiver.class);

    private final SerialLink link;
    private final Function<Frame, Decoded<E>> codec;
    private final DeviceListener<E> listener;
    private final FrameDecoder decoder = new FrameDecoder();
    private final SerialReadLoop loop;

    private FrameReceiver(SerialLink link, Function<Frame, Decoded<E>> codec, DeviceListener<E> listener) {
        this.link = link;
        this.codec = codec;
        this.listener = listener;
        this.loop = SerialReadLoop.start(link, this::onBytes);
    }

    /** Starts reading the (open) link on its own thread. */
    public static <E> FrameReceiver<E> start(SerialLink link, Function<Frame, Decoded<E>> codec,
                                             DeviceListener<E> listener) {
        return new FrameReceiver<>(link, codec, listener);
    }

    private void onBytes(byte[] chunk) {
        for (Decoded<Frame> frame : decoder.feed(chunk)) {
            dispatch(frame instanceof Decoded.Value<Frame> v
                    ? codec.apply(v.value())
                    : new Decoded.Failure<>(((Decoded.Failure<Frame>) frame).error()));
        }
    }

    private void dispatch(Decoded<E> event) {
        try {
            if (event instanceof Decoded.Value<E> v) {
                listener.onEvent(v.value());
            } else if (event instanceof Decoded.Failure<E> f) {
                log.warn("{}: {}", link.deviceId(), f.error().message());
                listener.onDecodeError(f.error());
            }
        } catch (RuntimeException e) {
            log.error("{}: listener failed on {}; reading goes on", link.deviceId(), event, e);
        }
    }

    public boolean isRunning() {
        return loop.isRunning();
    }

    /** Stops reading; the link stays open. */
    @Override
    public void close() {
        loop.close();
    }
}
