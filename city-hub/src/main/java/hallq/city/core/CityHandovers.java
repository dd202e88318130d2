package hallq.city.core;

import hallq.protocol.city.Handover;
import hallq.protocol.rest.ServiceView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which hall should handle a matter a station hands over (接件后转至业务属地窗口办理), and how the
 * city's handovers stand. Pure: built from the registry and the halls' live figures.
 */
public final class CityHandovers {
    private CityHandovers() {
    }

    /**
     * A hall that handles the matter, with why it is proposed: {@code rank} 0 is the best. The
     * station's own line upward comes first (its street centre, then its district, then the city:
     * the 属地 hall), then other halls of a higher level than the station, nearest first, then the rest.
     */
    public record Proposal(String hallId, String name, HallEntry.Level level, String reason, Double km) {
    }

    public static List<Proposal> propose(List<Overview.Input> halls, String stationId, String serviceId) {
        Map<String, HallEntry> byId = new HashMap<>();
        halls.forEach(i -> byId.put(i.hall().id(), i.hall()));
        HallEntry station = byId.get(stationId);
        List<String> line = new ArrayList<>();
        for (HallEntry h = station == null ? null : byId.get(station.parent()); h != null && !line.contains(h.id());
             h = h.parent() == null ? null : byId.get(h.parent())) {
            line.add(h.id());
        }
        List<Proposal> out = new ArrayList<>();
        for (Overview.Input in : halls) {
            HallEntry h = in.hall();
            if (h.id().equals(stationId) || in.live() == null
                    || in.live().services().stream().map(ServiceView::id).noneMatch(serviceId::equals)) {
                continue;
            }
            Double km = station == null ? null : km(station, h);
            String reason = line.contains(h.id()) ? "LINE" : station != null && h.level().compareTo(station.level()) < 0
                    ? "HIGHER" : "OTHER";
            out.add(new Proposal(h.id(), h.name(), h.level(), reason, km));
        }
        out.sort(Comparator.comparingInt((Proposal p) -> p.reason().equals("LINE") ? line.indexOf(p.hallId())
                        : p.reason().equals("HIGHER") ? 100 : 200)
                .thenComparing(p -> p.km() == null ? Double.MAX_VALUE : p.km()).thenComparing(Proposal::hallId));
        return out;
    }

    /** One handover in the city's list, with its deadlines judged at {@code now}. */
    /** {@code overdue}: still waiting on the receiving hall past a deadline now; the other two also count a step done late. */
    public record Row(Handover handover, String status, boolean closed, boolean acceptOverdue, boolean resultOverdue,
                      boolean overdue) {
        public static Row of(Handover h, Instant now) {
            return new Row(h, h.status(), h.closed(), h.acceptOverdue(now), h.resultOverdue(now), h.overdue(now));
        }
    }

    private static Double km(HallEntry a, HallEntry b) {
        if (a.lat() == null || b.lat() == null) {
            return null;
        }
        double p1 = Math.toRadians(a.lat());
        double p2 = Math.toRadians(b.lat());
        double dp = p2 - p1;
        double dl = Math.toRadians(b.lon() - a.lon());
        double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return Math.round(2 * 6371.0 * Math.asin(Math.sqrt(h)) * 10) / 10.0;
    }
}
