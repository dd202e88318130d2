package hallq.kiosk.testing;

import hallq.kiosk.client.ControllerClient;
import hallq.kiosk.client.ControllerException;
import hallq.protocol.Channel;
import hallq.protocol.Priority;
import hallq.protocol.TicketStatus;
import hallq.protocol.config.HallConfig;
import hallq.protocol.config.ServiceConfig;
import hallq.protocol.rest.CheckInRequest;
import hallq.protocol.rest.IssueTicketRequest;
import hallq.protocol.rest.PersonDayView;
import hallq.protocol.rest.Problem;
import hallq.protocol.rest.ServiceView;
import hallq.protocol.rest.TicketView;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A fake controller with the real one's rules that matter to a kiosk: numbers per service prefix,
 * one ticket per clientRequestId, void by token, appointment check-in. Test hooks: {@link #setDown}, {@link #loseNextAnswers},
 * {@link #rejectIssues}, {@link #setClosed}, {@link #setPersonDay}.
 */
public final class InMemoryController implements ControllerClient {

    private final HallConfig config;
    private final OffsetDateTime now;
    private final Map<String, TicketView> byRequest = new HashMap<>();
    private final Map<String, Integer> lastSeq = new HashMap<>();
    private final Map<String, String> closed = new HashMap<>();
    public final List<IssueTicketRequest> issueCalls = new CopyOnWriteArrayList<>();
    public final List<String> voided = new CopyOnWriteArrayList<>();
    private volatile boolean down;
    private volatile int loseAnswers;
    private volatile Problem reject;
    private volatile boolean downAfterIssue;
    private volatile Problem rejectVoid;
    private volatile Problem rejectCheckIn;
    private volatile PersonDayView personDay = new PersonDayView(List.of(), true);
    public final List<String> personCalls = new CopyOnWriteArrayList<>();
    private final Map<String, String> appointments = new HashMap<>();
    private final Map<String, String> appointmentsById = new HashMap<>();
    private final Map<String, TicketView> checkedIn = new HashMap<>();
    public final List<CheckInRequest> checkInCalls = new CopyOnWriteArrayList<>();
    private final java.util.Map<String, String> handoverResults = new java.util.HashMap<>();
    private final java.util.Map<String, TicketView> pickups = new java.util.HashMap<>();

    public InMemoryController(HallConfig config, OffsetDateTime now) {
        this.config = config;
        this.now = now;
    }

    public void setDown(boolean down) {
        this.down = down;
    }

    /** The next {@code n} issues are carried out, but their answers never arrive. */
    public void loseNextAnswers(int n) {
        loseAnswers = n;
    }

    /** The next issue succeeds, then the controller becomes unreachable. */
    public void goDownAfterNextIssue() {
        downAfterIssue = true;
    }

    public void rejectIssues(Problem problem) {
        reject = problem;
    }

    public void rejectVoids(Problem problem) {
        rejectVoid = problem;
    }

    /** What {@link #personToday} answers from now on (the calls are kept in {@link #personCalls}). */
    public void setPersonDay(PersonDayView day) {
        personDay = day;
    }

    @Override
    public PersonDayView personToday(String idNumber) throws ControllerException {
        personCalls.add(idNumber);
        reachable();
        return personDay;
    }

    public void setClosed(String serviceId, String reason) {
        closed.put(serviceId, reason);
    }

    public synchronized int issuedCount() {
        return byRequest.size();
    }

    private void reachable() throws ControllerException {
        if (down) {
            throw ControllerException.unreachable("connection refused", new ConnectException("refused"));
        }
    }

    @Override
    public synchronized List<ServiceView> services() throws ControllerException {
        reachable();
        List<ServiceView> views = new ArrayList<>();
        for (ServiceConfig s : config.services()) {
            int waiting = lastSeq.getOrDefault(s.id(), 0);
            String reason = closed.get(s.id());
            views.add(new ServiceView(s.id(), s.name(), s.nameEn(), s.prefix(), s.zone(), waiting, 1.0,
                    8.0 * (waiting + 1), 12.0 * (waiting + 1), s.targetWaitMinutes(), waiting, s.dailyCap(),
                    reason == null, reason));
        }
        return views;
    }

    @Override
    public synchronized TicketView issue(IssueTicketRequest r) throws ControllerException {
        issueCalls.add(r);
        reachable();
        if (reject != null) {
            throw ControllerException.rejected(reject);
        }
        TicketView t = byRequest.get(Objects.requireNonNull(r.clientRequestId()));
        if (t == null) {
            t = newTicket(r.serviceId(), r.channel(), r.priority() == null ? Priority.NORMAL : r.priority());
            byRequest.put(r.clientRequestId(), t);
        }
        return answer(t);
    }

    private TicketView newTicket(String serviceId, Channel channel, Priority priority) {
        ServiceConfig s = config.service(serviceId);
        int seq = lastSeq.merge(s.id(), 1, Integer::sum);
        return new TicketView(byRequest.size() + 1, s.prefix() + String.format("%03d", seq),
                "tok" + s.prefix() + seq + "x7Qm2Lp9Zr4Kd8", now.toLocalDate(), s.id(), s.name(),
                channel, priority, TicketStatus.WAITING, now, seq - 1, 8.0 * seq, 12.0 * seq, null, null, null, 0,
                null, null);
    }

    /** A handover whose result waits at this station for pickup: its token's QR code gives a ticket of {@code serviceId}. */
    public synchronized void addHandoverResult(String token, String serviceId) {
        handoverResults.put(token, serviceId);
    }

    @Override
    public synchronized TicketView pickup(String handoverToken) throws ControllerException {
        reachable();
        String serviceId = handoverResults.get(handoverToken);
        if (serviceId == null) {
            throw ControllerException.rejected(new Problem(404, "NOT_FOUND", "no such handover"));
        }
        return answer(pickups.computeIfAbsent(handoverToken, k -> newTicket(serviceId, Channel.COUNTER,
                Priority.APPOINTMENT)));
    }

    /** An appointment for today: checked in by its code, or by the ID number it was booked with. */
    public synchronized void addAppointment(String code, String idNumber, String serviceId) {
        appointments.put(code, serviceId);
        if (idNumber != null) {
            appointmentsById.put(idNumber, code);
        }
    }

    public void rejectCheckIns(Problem problem) {
        rejectCheckIn = problem;
    }

    @Override
    public synchronized TicketView checkIn(CheckInRequest r) throws ControllerException {
        checkInCalls.add(r);
        reachable();
        if (rejectCheckIn != null) {
            throw ControllerException.rejected(rejectCheckIn);
        }
        TicketView earlier = byRequest.get(Objects.requireNonNull(r.clientRequestId()));
        if (earlier != null) {
            return answer(earlier);
        }
        String code = r.code() != null ? r.code() : appointmentsById.get(r.idNumber());
        if (code == null || !appointments.containsKey(code)) {
            throw ControllerException.rejected(new Problem(404, "NOT_FOUND", "no appointment today"));
        }
        if (checkedIn.containsKey(code)) {
            throw ControllerException.rejected(new Problem(409, "CONFLICT", "already checked in"));
        }
        TicketView t = newTicket(appointments.get(code), Channel.KIOSK, Priority.APPOINTMENT);
        checkedIn.put(code, t);
        byRequest.put(r.clientRequestId(), t);
        return answer(t);
    }

    private TicketView answer(TicketView t) throws ControllerException {
        if (downAfterIssue) {
            downAfterIssue = false;
            down = true;
        }
        if (loseAnswers > 0) {
            loseAnswers--;
            throw ControllerException.unreachable("read timed out", new SocketTimeoutException());
        }
        return t;
    }

    @Override
    public TicketView voidTicket(String token, String reason) throws ControllerException {
        reachable();
        if (rejectVoid != null) {
            throw ControllerException.rejected(rejectVoid);
        }
        voided.add(token);
        synchronized (this) {
            return byRequest.values().stream().filter(t -> t.token().equals(token)).findFirst().orElseThrow();
        }
    }
}
