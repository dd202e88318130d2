package hallq.kiosk.ui;

import hallq.kiosk.flow.CitizenId;
import hallq.kiosk.flow.TicketIssuer;
import hallq.kiosk.i18n.PersonTexts;
import hallq.kiosk.i18n.Text;
import java.time.LocalDate;
import java.util.List;

/**
 * Asks the controller, on the runtime's lookup worker (never the one that issues tickets), what the
 * citizen whose card was just read has today, and puts it on screen as a {@link PersonNotice}
 * unless the kiosk has started afresh meanwhile.
 */
final class PersonNotices {

    private PersonNotices() {
    }

    static void ask(TicketIssuer issuer, KioskStore store, KioskRuntime rt, CitizenId card) {
        Object key = new Object();
        store.update(s -> s.withNotice(new PersonNotice(key, List.of())));
        rt.lookups().execute(() -> {
            LocalDate today = LocalDate.ofInstant(rt.clock().instant(), rt.settings().zone());
            List<Text> lines = PersonTexts.lines(issuer.personToday(card), today);
            store.update(s -> s.notice() != null && s.notice().key() == key ? s.withNotice(new PersonNotice(key, lines))
                    : s);
        });
    }
}
