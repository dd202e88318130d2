package hallq.kiosk.flow;

import hallq.devices.printer.TicketSlip;
import hallq.kiosk.i18n.Texts;
import hallq.protocol.Priority;
import hallq.protocol.Zone;
import hallq.protocol.config.HallConfig;
import hallq.protocol.config.HallInfo;
import hallq.protocol.config.ServiceConfig;
import hallq.protocol.rest.TicketView;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Turns a ticket the controller issued into the paper slip (Chinese), with the QR to the citizen page. */
public final class SlipFactory {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final HallInfo hall;
    private final ZoneId zoneId;
    private final Map<String, Zone> zones;

    public SlipFactory(HallConfig config) {
        this.hall = config.hall();
        this.zoneId = ZoneId.of(hall.timezone());
        this.zones = config.services().stream().collect(Collectors.toMap(ServiceConfig::id, ServiceConfig::zone));
    }

    /** {@code {publicBaseUrl}/t/{token}}: the citizen's progress page. */
    public String qrUrl(TicketView ticket) {
        String base = hall.publicBaseUrl();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/t/" + ticket.token();
    }

    public TicketSlip slip(TicketView t) {
        Zone zone = zones.get(t.serviceId());
        String wait = t.predictedWaitMinutes() == null ? ""
                : "约 " + Math.max(1, Math.round(t.predictedWaitMinutes())) + " 分钟";
        List<String> footer = new ArrayList<>();
        if (t.priority() != null && t.priority() != Priority.NORMAL) {
            footer.add("【" + Texts.priority(t.priority()).zh().replaceAll("（.*）", "") + "】");
        }
        footer.add("请留意叫号屏幕与语音提示");
        return new TicketSlip(hall.name(), t.number(), t.serviceName(),
                t.peopleAhead() == null ? 0 : t.peopleAhead(), wait,
                t.issuedAt().atZoneSameInstant(zoneId).format(TIME),
                zone == null ? "" : Texts.zone(zone).zh(), qrUrl(t),
                "政务服务便民热线 " + hall.hotline(), footer);
    }
}
