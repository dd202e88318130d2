package hallq.kiosk.ui;

import hallq.kiosk.flow.IssueResult;
import hallq.kiosk.flow.PendingVoids;
import hallq.kiosk.i18n.Texts;
import hallq.protocol.rest.TicketView;

/** Which screen, headline, explanation and fault each outcome gets. */
final class ResultScreens {

    private ResultScreens() {
    }

    static KioskState of(KioskState s, IssueResult result, boolean checkIn) {
        if (result instanceof IssueResult.Printed p) {
            return s.withResult(Screen.PRINTED, Texts.PRINTED, null, card(s, p.ticket(), p.qrUrl()), false);
        }
        if (result instanceof IssueResult.PrintFailed f) {
            return s.withResult(Screen.PRINT_FAILED, Texts.PRINT_FAILED, Texts.PRINT_FAILED_DETAIL,
                    card(s, f.ticket(), f.qrUrl()), false);
        }
        IssueResult.Refused r = (IssueResult.Refused) result;
        return switch (r.why()) {
            case CONTROLLER_DOWN -> s.withFault(Screen.REFUSED, Texts.CONTROLLER_DOWN, r.message(), null, true,
                    Fault.CONTROLLER_DOWN);
            case PRINTER_DOWN -> s.withFault(Screen.REFUSED, Texts.PAUSED, r.message(), null, false,
                    Fault.PRINTER_DOWN);
            case REJECTED -> s.withFault(Screen.REFUSED, checkIn ? Texts.NO_CHECK_IN : Texts.NO_TICKET, r.message(),
                    null, false, Texts.LIMIT.equals(r.message()) ? Fault.DAILY_CAP : Fault.REFUSED);
        };
    }

    /** After the citizen gave up an unprinted ticket. */
    static KioskState givenUp(KioskState s, PendingVoids.Result result) {
        return switch (result) {
            case VOIDED -> s.withResult(Screen.GIVEN_UP, Texts.GIVEN_UP, null, s.ticket(), false);
            case QUEUED -> s.withResult(Screen.GIVEN_UP, Texts.GIVEN_UP, Texts.GIVE_UP_QUEUED, s.ticket(), false);
            case REFUSED -> s.withResult(Screen.GIVEN_UP, Texts.GIVE_UP_REFUSED, Texts.GIVE_UP_REFUSED_DETAIL,
                    s.ticket(), false);
        };
    }

    /** The ticket for the screen; the area to wait in is the service's hall zone, as the controller lists it. */
    static TicketCard card(KioskState s, TicketView t, String qrUrl) {
        ServiceTile tile = s.tile(t.serviceId());
        return new TicketCard(t.number(), t.serviceName(), t.peopleAhead() == null ? 0 : t.peopleAhead(),
                Texts.predictedWait(t.predictedWaitMinutes()), qrUrl, tile == null ? null : Texts.zone(tile.zone()));
    }
}
