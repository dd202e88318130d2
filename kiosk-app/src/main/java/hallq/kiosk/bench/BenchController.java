package hallq.kiosk.bench;

import hallq.kiosk.client.ControllerClient;
import hallq.protocol.Priority;
import hallq.protocol.TicketStatus;
import hallq.protocol.config.HallConfig;
import hallq.protocol.config.ServiceConfig;
import hallq.protocol.rest.CheckInRequest;
import hallq.protocol.rest.IssueTicketRequest;
import hallq.protocol.rest.ServiceView;
import hallq.protocol.rest.TicketView;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The bench's in-process stand-in for the controller (no HTTP, no storage): it numbers tickets
 * per service so the kiosk and the printer can be timed alone. {@code --controller URL} times the
 * real one instead.
 */
final class BenchController implements ControllerClient {

    private final HallConfig config;
    private final Map<String, Integer> seq = new HashMap<>();

    BenchController(HallConfig config) {
        this.config = config;
    }

    @Override
    public List<ServiceView> services() {
        return config.services().stream().map(s -> new ServiceView(s.id(), s.name(), s.nameEn(), s.prefix(), s.zone(),
                seq.getOrDefault(s.id(), 0), 1.0, 8.0, 12.0, s.targetWaitMinutes(), 0, s.dailyCap(), true, null))
                .toList();
    }

    @Override
    public synchronized TicketView issue(IssueTicketRequest r) {
        ServiceConfig s = config.service(r.serviceId());
        int n = seq.merge(s.id(), 1, Integer::sum);
        OffsetDateTime now = OffsetDateTime.now(ZoneId.of(config.hall().timezone()));
        return new TicketView(n, s.prefix() + String.format("%03d", n % 1000),
                UUID.randomUUID().toString().replace("-", "").substring(0, 24), now.toLocalDate(), s.id(), s.name(),
                r.channel(), r.priority() == null ? Priority.NORMAL : r.priority(), TicketStatus.WAITING, now, n - 1,
                8.0 * n, 12.0 * n, null, null, null, 0, null, null);
    }

    @Override
    public TicketView checkIn(CheckInRequest request) {
        throw new UnsupportedOperationException("the bench takes tickets only");
    }

    @Override
    public TicketView voidTicket(String token, String reason) {
        throw new UnsupportedOperationException("the bench's printer does not fail");
    }
}
