package hallq.devices.evaluator;

import hallq.devices.DeviceException;
import hallq.devices.DeviceListener;
import hallq.devices.frame.FrameReceiver;
import hallq.devices.serial.SerialLink;

/** {@link Evaluator} speaking {@link EvaluatorFrames} over an open {@link SerialLink}. */
public final class SerialEvaluator implements Evaluator {

    private final SerialLink link;
    private FrameReceiver<Rating> receiver;

    public SerialEvaluator(SerialLink link) {
        this.link = link;
    }

    @Override
    public void prompt(int window, String ticket) throws DeviceException {
        link.write(EvaluatorFrames.encodePrompt(window, ticket));
    }

    @Override
    public synchronized void listen(DeviceListener<Rating> listener) {
        if (receiver != null) {
            throw new IllegalStateException(link.deviceId() + ": already listening");
        }
        receiver = FrameReceiver.start(link, EvaluatorFrames::decodeRating, listener);
    }

    @Override
    public synchronized void close() {
        if (receiver != null) {
            receiver.close();
        }
    }
}
