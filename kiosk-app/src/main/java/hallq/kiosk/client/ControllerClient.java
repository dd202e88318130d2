package hallq.kiosk.client;

import hallq.protocol.rest.CheckInRequest;
import hallq.protocol.rest.IssueTicketRequest;
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

    /** Voids a ticket that could not be printed: never called, number not reused. */
    TicketView voidTicket(String token, String reason) throws ControllerException;
}
