package hallq.kiosk.testing;

import hallq.kiosk.client.ControllerClient;
import hallq.kiosk.client.ControllerException;
import hallq.protocol.rest.CheckInRequest;
import hallq.protocol.rest.IssueTicketRequest;
import hallq.protocol.rest.ServiceView;
import hallq.protocol.rest.TicketView;
import java.net.SocketTimeoutException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** A real client whose next answers to issue or check-in are lost on the way back (the request was carried out). */
public final class LossyControllerClient implements ControllerClient {

    private final ControllerClient real;
    private final AtomicInteger lose = new AtomicInteger();

    public LossyControllerClient(ControllerClient real) {
        this.real = real;
    }

    public void loseNextAnswers(int n) {
        lose.set(n);
    }

    private <T> T maybeLose(T answer) throws ControllerException {
        if (lose.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw ControllerException.unreachable("read timed out (answer lost)", new SocketTimeoutException());
        }
        return answer;
    }

    @Override
    public List<ServiceView> services() throws ControllerException {
        return real.services();
    }

    @Override
    public TicketView issue(IssueTicketRequest request) throws ControllerException {
        return maybeLose(real.issue(request));
    }

    @Override
    public TicketView checkIn(CheckInRequest request) throws ControllerException {
        return maybeLose(real.checkIn(request));
    }

    @Override
    public TicketView pickup(String handoverToken) throws ControllerException {
        return maybeLose(real.pickup(handoverToken));
    }

    @Override
    public TicketView voidTicket(String token, String reason) throws ControllerException {
        return real.voidTicket(token, reason);
    }
}
