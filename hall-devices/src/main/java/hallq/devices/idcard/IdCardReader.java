package hallq.devices.idcard;

import hallq.devices.DeviceListener;

/** An ID card reader (身份证读卡器) at a kiosk or window. */
public interface IdCardReader extends AutoCloseable {

    /** Starts delivering card events; call once. */
    void listen(DeviceListener<IdCardEvent> listener);

    @Override
    void close();
}
