package hallq.kiosk.app;

import hallq.devices.DeviceListener;
import hallq.devices.idcard.IdCardEvent;
import hallq.devices.idcard.IdCardReader;
import hallq.kiosk.flow.CitizenId;
import hallq.kiosk.ui.KioskViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Joins the ID card reader to the view model: a card read attaches the citizen's ID to what they
 * do next. Only the number is passed on (the name is dropped); nothing here logs it.
 */
public final class IdCardBinding {

    private static final Logger log = LoggerFactory.getLogger(IdCardBinding.class);

    private IdCardBinding() {
    }

    public static void reader(KioskViewModel vm, IdCardReader reader, String deviceId) {
        reader.listen(new DeviceListener<>() {
            @Override
            public void onEvent(IdCardEvent event) {
                if (event instanceof IdCardEvent.CardRead read) {
                    try {
                        vm.cardRead(CitizenId.of(read.idNumber().value()));
                    } catch (IllegalArgumentException e) {
                        log.warn("{}: card not usable: {}", deviceId, e.getMessage());
                    }
                }
            }
        });
    }
}
