package hallq.kiosk.client;

import hallq.protocol.rest.CheckInRequest;
import hallq.protocol.rest.IssueTicketRequest;
import hallq.protocol.rest.PersonDayView;
import hallq.protocol.rest.ServiceView;
import hallq.protocol.rest.TicketView;
import java.util.List;

/**
 * What the kiosk asks of the queue controller. Every failure is a {@link ControllerException}:
 * either the controller could not be reached, or it answered with a problem body.
 */
public interface ControllerClient {

    List<ServiceView> services() throws ControllerException;

    /** Issues a ticket; the same {@code clientRequestId} returns the same ticket. */
    TicketView issue(IssueTicketRequest request) throws ControllerException;

    /**
     * Checks in an appointment made for today (by code or ID number): the ticket, with the
     * appointment's priority. The same {@code clientRequestId} returns the same ticket.
     */
    TicketView checkIn(CheckInRequest request) throws ControllerException;

    /**
     * The pickup ticket for a handover's result, by the token of its 收件通知书 QR code (the same
     * ticket while it is not finished). A controller that cannot say so refuses.
     */
    default TicketView pickup(String handoverToken) throws ControllerException {
        throw ControllerException.rejected(new hallq.protocol.rest.Problem(404, "NOT_FOUND", "no handovers here"));
    }

    /**
     * The citizen's appointments and handovers from today on, at this hall and (when the hub
     * answers) the city's other halls, by the ID number their card gave. A controller that cannot
     * say answers nothing.
     */
    default PersonDayView personToday(String idNumber) throws ControllerException {
        return new PersonDayView(List.of(), false);
    }

    /** Voids a ticket that could not be printed: never called, number not reused. */
    TicketView voidTicket(String token, String reason) throws ControllerException;
}
