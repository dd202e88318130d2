package hallq.kiosk.testing;

import hallq.kiosk.flow.KioskEvents;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

public final class RecordingEvents implements KioskEvents {
    public final List<HelpRequest> help = new CopyOnWriteArrayList<>();
    public final List<DeviceAlert> alerts = new CopyOnWriteArrayList<>();

    @Override
    public void helpRequested(HelpRequest request) {
        help.add(request);
    }

    @Override
    public void deviceAlert(DeviceAlert alert) {
        alerts.add(alert);
    }
}
