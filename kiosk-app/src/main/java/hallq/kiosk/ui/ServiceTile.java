package hallq.kiosk.ui;

import hallq.kiosk.i18n.Text;
import hallq.kiosk.i18n.Texts;
import hallq.protocol.Zone;
import hallq.protocol.rest.ServiceView;

/** One service button on the home screen; a service not accepting is shown greyed with why. */
public record ServiceTile(String id, Text name, String prefix, Zone zone, Text waiting, Text predictedWait,
                          boolean accepting, Text closedReason) {

    public static ServiceTile of(ServiceView s) {
        return new ServiceTile(s.id(), Text.of(s.name(), s.nameEn() == null ? s.name() : s.nameEn()), s.prefix(),
                s.zone(), Texts.waiting(s.waiting()), Texts.predictedWait(s.predictedWaitMinutes()), s.accepting(),
                s.accepting() ? null : Texts.closedReason(s.closedReason()));
    }
}
