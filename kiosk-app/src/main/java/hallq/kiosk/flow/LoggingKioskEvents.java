package hallq.kiosk.flow;

import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs help requests and device alerts (WARN, with the device id) and passes help requests on to
 * a callback (e.g. a staff pager). Until the controller has an alert endpoint the log is where
 * staff tooling picks them up.
 */
public final class LoggingKioskEvents implements KioskEvents {

    private static final Logger log = LoggerFactory.getLogger("hallq.kiosk.alerts");

    private final Consumer<HelpRequest> helpCallback;

    public LoggingKioskEvents(Consumer<HelpRequest> helpCallback) {
        this.helpCallback = helpCallback;
    }

    @Override
    public void helpRequested(HelpRequest request) {
        log.warn("{}: HELP requested by a citizen on screen {}", request.kioskId(), request.screen());
        helpCallback.accept(request);
    }

    @Override
    public void deviceAlert(DeviceAlert alert) {
        log.warn("{}: DEVICE ALERT {}", alert.deviceId(), alert.problem());
    }
}
