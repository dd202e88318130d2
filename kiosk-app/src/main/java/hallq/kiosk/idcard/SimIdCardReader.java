package hallq.kiosk.idcard;

import hallq.devices.DeviceListener;
import hallq.devices.idcard.IdCardEvent;
import hallq.devices.idcard.IdCardReader;
import hallq.devices.idcard.ResidentIdNumber;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The in-process simulated reader of {@code --id-reader sim}: a button on screen presents a demo
 * card (the sample number of GB 11643). For the real wire use device-sim's reader behind a pty pair.
 */
public final class SimIdCardReader implements IdCardReader {

    private static final Logger log = LoggerFactory.getLogger(SimIdCardReader.class);
    /** The example number printed in GB 11643-1999, not a real person's. */
    public static final String DEMO_NUMBER = "11010519491231002X";

    private volatile DeviceListener<IdCardEvent> listener;

    public SimIdCardReader() {
        log.info("SIMULATED ID card reader: the on-screen button presents a demo card");
    }

    @Override
    public void listen(DeviceListener<IdCardEvent> l) {
        if (listener != null) {
            throw new IllegalStateException("already listening");
        }
        listener = l;
    }

    /** Presents the demo card, as if a citizen put it on the reader. */
    public void present() {
        DeviceListener<IdCardEvent> l = listener;
        if (l != null) {
            l.onEvent(new IdCardEvent.CardRead(1, "演示", new ResidentIdNumber(DEMO_NUMBER)));
        }
    }

    @Override
    public void close() {
        listener = null;
    }
}
