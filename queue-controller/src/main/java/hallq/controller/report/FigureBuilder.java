package hallq.controller.report;

import hallq.controller.core.Rating;
import hallq.protocol.TicketStatus;
import hallq.protocol.config.HallConfig;
import hallq.protocol.config.ServiceConfig;
import hallq.protocol.config.WindowConfig;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Adds up days into {@link Figures}; a daily report adds one day, a monthly report each day of the month. */
final class FigureBuilder {
    private final HallConfig config;
    private final ZoneId zone;
    private final Part hall = new Part();
    private final Map<String, Part> services = new LinkedHashMap<>();
    private final Map<Integer, Part> windows = new LinkedHashMap<>();
    private final int[][] hours = new int[24][3];
    private final Samples[] hourWaits = new Samples[24];

    /** The running totals of the hall, one service or one window. */
    private static final class Part {
        int issued, served, noShows, expired, unfinished, voided, calls, passedOn;
        long overTarget;
        final Samples wait = new Samples();
        final Samples walk = new Samples();
        final Samples service = new Samples();
        final int[] scores = new int[5];
        long openMillis, busyMillis, idleMillis;
        final int[] appointments = new int[4];
        final int[] workOrders = new int[5];
        final int[] notices = new int[4];

        Figures.Supervision supervision() {
            return new Figures.Supervision(notices[0] + notices[1] + notices[2] + notices[3], notices[0], notices[1],
                    notices[2], notices[3]);
        }

        Figures.WorkOrders workOrders() {
            return new Figures.WorkOrders(workOrders[0], workOrders[1], workOrders[2], workOrders[3], workOrders[4]);
        }

        Figures.Appointments appointments() {
            int checkedIn = appointments[1];
            int noShows = appointments[3];
            return new Figures.Appointments(appointments[0] + checkedIn + noShows, checkedIn, noShows, appointments[0],
                    appointments[2], Samples.share(noShows, checkedIn + noShows));
        }

        Figures.Volume volume() {
            return new Figures.Volume(issued, served, noShows, expired, unfinished, voided);
        }

        Figures.RatingFigures ratings() {
            int count = 0;
            int sum = 0;
            List<Integer> by = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                count += scores[i];
                sum += scores[i] * (i + 1);
                by.add(scores[i]);
            }
            return new Figures.RatingFigures(count, by, count == 0 ? null : Math.round(sum * 100.0 / count) / 100.0,
                    Samples.share(count - scores[0] - scores[1], count), scores[0] + scores[1]);
        }
    }

    FigureBuilder(HallConfig config) {
        this.config = config;
        this.zone = ZoneId.of(config.hall().timezone());
        config.services().forEach(s -> services.put(s.id(), new Part()));
        config.windows().forEach(w -> windows.put(w.number(), new Part()));
        for (int h = 0; h < 24; h++) {
            hourWaits[h] = new Samples();
        }
    }

    /**
     * Adds a day. Window time (open, busy, idle) counts only on days the hall was {@code staffed}:
     * a window left open in the system over a weekend was not idle.
     */
    void add(DayRecord record, DayPaths day, boolean staffed) {
        day.voided().forEach((service, n) -> {
            hall.voided += n;
            part(services, service).voided += n;
        });
        for (TicketPath p : day.paths()) {
            ticket(p);
            for (TicketPath.Visit v : p.visits()) {
                visit(v);
            }
        }
        Map<Integer, List<long[]>> busySpans = new HashMap<>();
        for (TicketPath p : day.paths()) {
            for (TicketPath.Visit v : p.visits()) {
                busySpans.computeIfAbsent(v.window(), k -> new ArrayList<>()).add(v.busy(day.asOf()));
            }
        }
        for (var e : staffed ? day.open().entrySet() : Map.<Integer, Intervals>of().entrySet()) {
            Part w = windows.get(e.getKey());
            Intervals open = e.getValue().intersect(day.hours());
            Intervals busy = Intervals.of(busySpans.getOrDefault(e.getKey(), List.of())).intersect(day.hours());
            w.openMillis += open.millis();
            w.busyMillis += busy.millis();
            w.idleMillis += open.minus(busy).millis();
        }
        for (DayRecord.AppointmentCount a : record.appointments()) {
            int i = List.of("BOOKED", "CHECKED_IN", "CANCELLED", "NO_SHOW").indexOf(a.status());
            if (i >= 0) {
                hall.appointments[i] += a.count();
                part(services, a.serviceId()).appointments[i] += a.count();
            }
        }
        for (DayRecord.NoticeCount n : record.notices()) {
            int i = List.of("IDLE_WHILE_WAITING", "UNATTENDED", "LONG_SERVICE", "OVER_TARGET").indexOf(n.kind());
            if (i < 0) {
                continue;
            }
            hall.notices[i] += n.count();
            if (n.serviceId() != null) {
                part(services, n.serviceId()).notices[i] += n.count();
            }
            if (n.window() != null) {
                part(windows, n.window()).notices[i] += n.count();
            }
        }
        for (DayRecord.WorkOrderMark m : record.workOrders()) {
            int i = switch (m.mark()) {
                case OPENED -> 0;
                case FINISHED -> 2;
                case OVERDUE -> 4;
            };
            for (Part x : List.of(hall, part(services, m.serviceId()), part(windows, m.window()))) {
                x.workOrders[i]++;
                if (m.flag() && m.mark() != DayRecord.WorkOrderMark.Mark.OVERDUE) {
                    x.workOrders[i + 1]++;
                }
            }
        }
        for (Rating r : record.ratings()) {
            hall.scores[r.score() - 1]++;
            part(services, r.serviceId()).scores[r.score() - 1]++;
            part(windows, r.window()).scores[r.score() - 1]++;
        }
    }

    private void ticket(TicketPath p) {
        Part s = part(services, p.issuedService());
        ServiceConfig sc = config.service(p.issuedService());
        int target = sc == null ? 20 : sc.targetWaitMinutes();
        TicketStatus status = p.ticket().status();
        for (Part x : new Part[] {hall, s}) {
            x.issued++;
            switch (status) {
                case DONE -> x.served++;
                case NO_SHOW -> x.noShows++;
                case EXPIRED -> x.expired++;
                default -> x.unfinished++;
            }
        }
        hours[hour(p.issuedAt())][0]++;
        if (p.firstCall() != null) {
            double wait = minutes(p.issuedAt(), p.firstCall());
            hall.wait.add(wait);
            s.wait.add(wait);
            if (wait > target) {
                hall.overTarget++;
                s.overTarget++;
            }
            hours[hour(p.firstCall())][1]++;
            hourWaits[hour(p.firstCall())].add(wait);
        }
    }

    private void visit(TicketPath.Visit v) {
        Part w = part(windows, v.window());
        Part s = part(services, v.serviceId());
        w.calls++;
        w.wait.add(minutes(v.ready(), v.called()));
        switch (v.end()) {
            case COMPLETED -> {
                w.served++;
                hours[hour(v.ended())][2]++;
                double service = minutes(v.started() == null ? v.called() : v.started(), v.ended());
                for (Part x : new Part[] {hall, s, w}) {
                    x.service.add(service);
                }
            }
            case NO_SHOW -> w.noShows++;
            case TRANSFERRED, POSTPONED -> w.passedOn++;
            default -> {
            }
        }
        if (v.started() != null) {
            double walk = minutes(v.called(), v.started());
            for (Part x : new Part[] {hall, s, w}) {
                x.walk.add(walk);
            }
        }
    }

    Figures build() {
        List<Figures.ServiceFigures> serviceFigures = new ArrayList<>();
        for (ServiceConfig sc : config.services()) {
            Part p = services.get(sc.id());
            serviceFigures.add(new Figures.ServiceFigures(sc.id(), sc.name(), sc.targetWaitMinutes(), p.volume(),
                    p.wait.times(), p.overTarget, Samples.share(p.overTarget, p.wait.count()), p.walk.times(),
                    p.service.times(), p.ratings(), p.appointments(), p.workOrders(),
                    p.supervision()));
        }
        List<Figures.WindowFigures> windowFigures = new ArrayList<>();
        for (WindowConfig wc : config.windows()) {
            Part p = windows.get(wc.number());
            windowFigures.add(new Figures.WindowFigures(wc.number(), wc.name(), wc.department(), p.calls, p.served,
                    p.noShows, p.passedOn, p.wait.times(), p.walk.times(), p.service.times(), min(p.openMillis),
                    min(p.busyMillis), min(p.idleMillis), p.ratings(), p.workOrders(), p.supervision()));
        }
        List<Figures.HourFigures> hourFigures = new ArrayList<>();
        for (int h = 0; h < 24; h++) {
            if (hours[h][0] + hours[h][1] + hours[h][2] > 0) {
                hourFigures.add(new Figures.HourFigures(h, hours[h][0], hours[h][1], hours[h][2],
                        hourWaits[h].times().mean()));
            }
        }
        return new Figures(hall.volume(), hall.wait.times(), hall.overTarget,
                Samples.share(hall.overTarget, hall.wait.count()), hall.walk.times(), hall.service.times(),
                serviceFigures, windowFigures, hourFigures, hall.ratings(), hall.appointments(), hall.workOrders(),
                hall.supervision());
    }

    /** Services or windows no longer configured still count in the hall's totals, under their own key. */
    private static <K> Part part(Map<K, Part> parts, K key) {
        return parts.computeIfAbsent(key, k -> new Part());
    }

    private int hour(Instant t) {
        return t.atZone(zone).getHour();
    }

    private static double minutes(Instant from, Instant to) {
        return Duration.between(from, to).toMillis() / 60_000.0;
    }

    private static double min(long millis) {
        return Samples.round1(millis / 60_000.0);
    }
}
