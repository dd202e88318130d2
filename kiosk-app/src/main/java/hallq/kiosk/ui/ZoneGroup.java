package hallq.kiosk.ui;

import hallq.kiosk.i18n.Text;
import hallq.kiosk.i18n.Texts;
import hallq.protocol.Zone;
import hallq.protocol.rest.ServiceView;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Services of one hall zone (行政许可区, 便民服务区, 综合), in the controller's order. */
public record ZoneGroup(Zone zone, Text title, List<ServiceTile> services) {
    public ZoneGroup {
        services = List.copyOf(services);
    }

    /** The controller's live services as tiles, those in {@code idCardServices} asking for the ID card. */
    public static List<ZoneGroup> group(List<ServiceView> services, Set<String> idCardServices) {
        return group(services.stream().map(v -> ServiceTile.of(v, idCardServices.contains(v.id()))).toList());
    }

    public static List<ZoneGroup> group(List<ServiceTile> tiles) {
        Map<Zone, List<ServiceTile>> byZone = new EnumMap<>(Zone.class);
        for (ServiceTile t : tiles) {
            byZone.computeIfAbsent(t.zone(), z -> new ArrayList<>()).add(t);
        }
        List<ZoneGroup> groups = new ArrayList<>();
        byZone.forEach((zone, list) -> groups.add(new ZoneGroup(zone, Texts.zone(zone), list)));
        return List.copyOf(groups);
    }
}
