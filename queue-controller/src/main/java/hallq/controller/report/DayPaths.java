package hallq.controller.report;

import hallq.controller.core.Ticket;
import hallq.controller.core.TicketEvent;
import hallq.protocol.TicketStatus;
import hallq.protocol.config.HallConfig;
import hallq.protocol.config.OpeningHours;
import hallq.protocol.config.ServiceConfig;
import hallq.protocol.config.WindowConfig;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One day rebuilt: every ticket's path (voided tickets only counted, by service), each configured
 * window's open spans, and the opening hours, all up to {@code asOf} (the end of the day, or now).
 */
record DayPaths(LocalDate date, Instant asOf, List<TicketPath> paths, Map<String, Integer> voided,
                Map<Integer, Intervals> open,
                Intervals hours) {

    static DayPaths of(HallConfig config, DayRecord day, Instant asOf) {
        ZoneId zone = ZoneId.of(config.hall().timezone());
        long dayStart = day.date().atStartOfDay(zone).toInstant().toEpochMilli();
        long end = asOf.toEpochMilli();
        Map<String, String> byPrefix = new HashMap<>();
        for (ServiceConfig s : config.services()) {
            byPrefix.put(s.prefix(), s.id());
        }
        Map<Long, List<TicketEvent>> events = new HashMap<>();
        for (TicketEvent e : day.events()) {
            events.computeIfAbsent(e.ticketId(), k -> new ArrayList<>()).add(e);
        }
        List<TicketPath> paths = new ArrayList<>();
        Map<String, Integer> voided = new HashMap<>();
        for (Ticket t : day.tickets()) {
            String issued = byPrefix.getOrDefault(t.number().substring(0, 1), t.serviceId());
            if (t.status() == TicketStatus.VOIDED) {
                voided.merge(issued, 1, Integer::sum);
                continue;
            }
            paths.add(TicketPath.of(t, issued, events.getOrDefault(t.id(), List.of()), asOf));
        }
        Map<Integer, Intervals> open = new LinkedHashMap<>();
        for (WindowConfig w : config.windows()) {
            open.put(w.number(), WindowStates.open(w, day, dayStart, end));
        }
        List<long[]> periods = new ArrayList<>();
        for (OpeningHours.Period p : OpeningHours.parse(config.hall().hours()).periods()) {
            periods.add(new long[] {day.date().atTime(p.start()).atZone(zone).toInstant().toEpochMilli(),
                    Math.min(end, day.date().atTime(p.end()).atZone(zone).toInstant().toEpochMilli())});
        }
        return new DayPaths(day.date(), asOf, paths, voided, open, Intervals.of(periods));
    }
}
