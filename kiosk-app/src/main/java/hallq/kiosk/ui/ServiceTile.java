package hallq.kiosk.ui;

import hallq.kiosk.i18n.Text;
import hallq.kiosk.i18n.Texts;
import hallq.protocol.Zone;
import hallq.protocol.rest.ServiceView;

/**
 * One service button on the home screen; a service not accepting is shown greyed with why.
 * {@code waiting} and {@code predictedWait} are the controller's figures of the last poll (the
 * same the board and the citizen page show); {@code wantsCard}: the kiosk asks for the ID card.
 */
public record ServiceTile(String id, Text name, String prefix, Zone zone, Text waiting, Text predictedWait,
                          boolean accepting, Text closedReason, Icon icon, boolean wantsCard) {

    public static ServiceTile of(ServiceView s) {
        return of(s, false);
    }

    public static ServiceTile of(ServiceView s, boolean wantsCard) {
        return new ServiceTile(s.id(), Text.of(s.name(), s.nameEn() == null ? s.name() : s.nameEn()), s.prefix(),
                s.zone(), Texts.waiting(s.waiting()), Texts.predictedWait(s.predictedWaitMinutes()), s.accepting(),
                s.accepting() ? null : Texts.closedReason(s.closedReason()), Icon.forService(s.name()), wantsCard);
    }
}
