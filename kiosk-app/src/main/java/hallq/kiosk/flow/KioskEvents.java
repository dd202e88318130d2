package hallq.kiosk.flow;

import java.time.Instant;

/** What the kiosk tells staff: a citizen asks for help, or a device needs attention. */
public interface KioskEvents {

    record HelpRequest(String kioskId, Instant at, String screen) {
    }

    record DeviceAlert(String deviceId, String problem, Instant at) {
    }

    void helpRequested(HelpRequest request);

    void deviceAlert(DeviceAlert alert);
}
