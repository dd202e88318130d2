package hallq.devices.idcard;

import hallq.devices.DeviceListener;
import hallq.devices.frame.FrameReceiver;
import hallq.devices.serial.SerialLink;

/** {@link IdCardReader} reading {@link IdCardFrames} from an open {@link SerialLink}. */
public final class SerialIdCardReader implements IdCardReader {

    private final SerialLink link;
    private FrameReceiver<IdCardEvent> receiver;

    public SerialIdCardReader(SerialLink link) {
        this.link = link;
    }

    @Override
    public synchronized void listen(DeviceListener<IdCardEvent> listener) {
        if (receiver != null) {
            throw new IllegalStateException(link.deviceId() + ": already listening");
        }
        receiver = FrameReceiver.start(link, IdCardFrames::decode, listener);
    }

    @Override
    public synchronized void close() {
        if (receiver != null) {
            receiver.close();
        }
    }
}
