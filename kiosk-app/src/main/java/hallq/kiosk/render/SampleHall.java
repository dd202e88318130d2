package hallq.kiosk.render;

import hallq.devices.printer.PrintOutcome;
import hallq.devices.printer.PrinterStatus;
import hallq.devices.printer.TicketPrinter;
import hallq.devices.printer.TicketSlip;
import hallq.kiosk.client.ControllerClient;
import hallq.kiosk.client.ControllerException;
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
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The fixed hall the screens are rendered from: the configured services with set queue lengths
 * (the predicted wait as the controller would seed it: people ahead × mean service time ÷ open
 * windows), the last one closed for the day, and a printer and controller the renderer can fail.
 */
final class SampleHall implements ControllerClient, TicketPrinter {

    private static final int[] WAITING = {12, 5, 3, 0, 8, 6, 14, 4, 9, 2, 1, 0};
    private static final PrinterStatus READY = PrinterStatus.of(0x12, 0x12, 0x12, 0x12);
    private static final PrinterStatus NO_PAPER = PrinterStatus.of(0x1A, 0x32, 0x12, 0x7E);

    enum Fault { NONE, PAPER_OUT, PRINT_FAILS, CONTROLLER_DOWN, DAILY_CAP }

    private final HallConfig config;
    private final OffsetDateTime now;
    private Fault fault = Fault.NONE;
    private int issued;

    SampleHall(HallConfig config, OffsetDateTime now) {
        this.config = config;
        this.now = now;
    }

    void fail(Fault f) {
        fault = f;
    }

    /** A citizen with an appointment here at 11:00, one at another hall in two days, and a handover's result ready. */
    @Override
    public PersonDayView personToday(String idNumber) {
        LocalDate today = now.toLocalDate();
        return new PersonDayView(List.of(
                new PersonDayView.Item(PersonDayView.Item.HANDOVER, "baiyun", "白云街道便民服务中心", false, null,
                        today.minusDays(5), null, "RESULT_READY", "SL-20260311-0042", "个体工商户变更登记"),
                new PersonDayView.Item(PersonDayView.Item.APPOINTMENT, "baiyun", "白云街道便民服务中心", false, "SB",
                        today.plusDays(2), LocalTime.of(14, 30), "BOOKED", null, null),
                new PersonDayView.Item(PersonDayView.Item.APPOINTMENT, config.hall().id(), config.hall().name(), true,
                        config.services().get(0).id(), today, LocalTime.of(11, 0), "BOOKED", null, null)), true);
    }

    private double windows(String serviceId) {
        return Math.max(1, config.windows().stream().filter(w -> !Boolean.TRUE.equals(w.standby()) && w.services().contains(serviceId))
                .count());
    }

    @Override
    public List<ServiceView> services() throws ControllerException {
        reachable();
        List<ServiceView> views = new ArrayList<>();
        List<ServiceConfig> services = config.services();
        for (int i = 0; i < services.size(); i++) {
            ServiceConfig s = services.get(i);
            int waiting = WAITING[i % WAITING.length];
            boolean open = i != 3; // one service whose daily tickets are all taken, shown greyed
            double wait = (waiting + 1) * s.meanServiceMinutes() / windows(s.id());
            views.add(new ServiceView(s.id(), s.name(), s.nameEn(), s.prefix(), s.zone(), waiting, windows(s.id()), wait,
                    wait * 1.5, s.targetWaitMinutes(), open ? waiting + 20 : s.dailyCap(), s.dailyCap(), open,
                    open ? null : "today's " + s.dailyCap() + " tickets are all issued"));
        }
        return views;
    }

    @Override
    public TicketView issue(IssueTicketRequest r) throws ControllerException {
        reachable();
        if (fault == Fault.DAILY_CAP) {
            throw ControllerException.rejected(new Problem(409, "LIMIT", "daily cap reached"));
        }
        ServiceView s = services().stream().filter(v -> v.id().equals(r.serviceId())).findFirst().orElseThrow();
        issued++;
        return new TicketView(issued, s.prefix() + String.format("%03d", s.issuedToday() + 1),
                "s4mp1eT0ken" + s.prefix() + issued + "Qm2Lp9Zr", now.toLocalDate(), s.id(), s.name(), r.channel(),
                r.priority() == null ? Priority.NORMAL : r.priority(), TicketStatus.WAITING, now, s.waiting(),
                s.predictedWaitMinutes(), s.predictedWaitP90Minutes(), null, null, null, 0, null, null);
    }

    @Override
    public TicketView checkIn(CheckInRequest r) throws ControllerException {
        return issue(new IssueTicketRequest("HJ", r.clientRequestId(), null, Priority.APPOINTMENT, null, r.device()));
    }

    @Override
    public TicketView voidTicket(String token, String reason) throws ControllerException {
        reachable();
        return null;
    }

    private void reachable() throws ControllerException {
        if (fault == Fault.CONTROLLER_DOWN) {
            throw ControllerException.unreachable("sample: controller switched off", new ConnectException("refused"));
        }
    }

    @Override
    public PrintOutcome print(TicketSlip slip) {
        return fault == Fault.PRINT_FAILS ? PrintOutcome.of(PrintOutcome.Kind.PAPER_OUT, "paper ran out while printing")
                : PrintOutcome.printed(false);
    }

    @Override
    public PrinterStatus status() {
        return fault == Fault.PAPER_OUT ? NO_PAPER : READY;
    }
}
