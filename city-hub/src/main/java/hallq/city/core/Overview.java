package hallq.city.core;

import hallq.protocol.city.HallLive;
import hallq.protocol.rest.ServiceView;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The city overview (docs/city.md): every hall with how it stands now and its day so far, in the
 * tree of the four levels, each hall's totals including every hall under it (a district's figures
 * include its streets and villages). Pure: built from the registry, the halls' live figures and the
 * day rollups.
 */
public final class Overview {
    /** A hall not heard for longer than this is marked stale, with the time last heard. */
    public static final Duration STALE_AFTER = Duration.ofSeconds(60);

    private Overview() {
    }

    /** A hall's day so far, from the rollups. */
    public record Day(LocalDate day, int issued, int served, int firstCalls, long waitedMs, int noShows, int ratings,
                      int badRatings) {
        public static Day none(LocalDate day) {
            return new Day(day, 0, 0, 0, 0, 0, 0, 0);
        }
    }

    /** How the hall stands now: waiting, windows, and its service worst off against its target. */
    public record Now(int waiting, int openWindows, int windows, String worstService, Double worstWaitMinutes,
                      Integer worstTargetMinutes, int servicesOverTarget, int idleWindows, int waitingPastTarget) {
        static Now of(HallLive live) {
            int waiting = 0;
            int over = 0;
            for (ServiceView q : live.services()) {
                waiting += q.waiting();
                if (q.waiting() > 0 && q.predictedWaitMinutes() != null && q.targetWaitMinutes() > 0
                        && CityWatch.ratio(q) > 1) {
                    over++;
                }
            }
            ServiceView worst = CityWatch.worstOff(live.services());
            return new Now(waiting, live.openWindows(), live.windows(), worst == null ? null : worst.name(),
                    worst == null ? null : worst.predictedWaitMinutes(), worst == null ? null : worst.targetWaitMinutes(),
                    over, live.idleWindows(), live.waitingPastTarget());
        }
    }

    /** Sums over a hall and every hall under it. */
    public record Totals(int halls, int staleHalls, int hallsOverTarget, int waiting, int openWindows, int windows,
                         int issued, int served, int firstCalls, long waitedMs, int ratings, int badRatings,
                         int openAlerts, int openNotices, int overdueNotices) {
        Totals plus(Totals o) {
            return new Totals(halls + o.halls, staleHalls + o.staleHalls, hallsOverTarget + o.hallsOverTarget,
                    waiting + o.waiting, openWindows + o.openWindows, windows + o.windows, issued + o.issued,
                    served + o.served, firstCalls + o.firstCalls, waitedMs + o.waitedMs, ratings + o.ratings,
                    badRatings + o.badRatings, openAlerts + o.openAlerts, openNotices + o.openNotices,
                    overdueNotices + o.overdueNotices);
        }

        /** Mean wait to the first call, minutes; null before the first call. */
        public Double meanWaitMinutes() {
            return firstCalls == 0 ? null : waitedMs / 60_000.0 / firstCalls;
        }

        /** 满意率: the share of ratings 基本满意 or better; null without ratings. */
        public Double satisfaction() {
            return ratings == 0 ? null : (ratings - badRatings) / (double) ratings;
        }
    }

    /**
     * One hall in the tree. {@code now} is null when the hall never said how it stands; {@code alerts}
     * are its open city alerts; {@code notices} its supervision notices not answered yet.
     */
    public record Node(HallEntry hall, Instant lastHeard, boolean stale, Now now, Day today, List<CityAlert> alerts,
                       Notices notices, Totals total, List<Node> children) {
    }

    /** A hall's supervision notices (督办) not answered yet, and how many of them are past their due time. */
    public record Notices(int open, int overdue) {
        public static final Notices NONE = new Notices(0, 0);
    }

    /** What the store knows of one hall. */
    public record Input(HallEntry hall, Instant lastHeard, HallLive live, Day today, List<CityAlert> alerts,
                        Notices notices) {
        public Input {
            alerts = alerts == null ? List.of() : List.copyOf(alerts);
            notices = notices == null ? Notices.NONE : notices;
        }

        public Input(HallEntry hall, Instant lastHeard, HallLive live, Day today) {
            this(hall, lastHeard, live, today, List.of(), Notices.NONE);
        }
    }

    /** The forest of halls (a city has one root, its centre), children sorted by level then id. */
    public static List<Node> build(List<Input> halls, Instant now) {
        Map<String, List<Input>> byParent = new HashMap<>();
        Map<String, Input> byId = new HashMap<>();
        halls.forEach(h -> byId.put(h.hall().id(), h));
        List<Input> roots = new ArrayList<>();
        for (Input h : halls) {
            String parent = h.hall().parent();
            if (parent == null || !byId.containsKey(parent)) {
                roots.add(h);
            } else {
                byParent.computeIfAbsent(parent, k -> new ArrayList<>()).add(h);
            }
        }
        return sorted(roots).stream().map(r -> node(r, byParent, now)).toList();
    }

    private static List<Input> sorted(List<Input> in) {
        return in.stream().sorted(Comparator.comparing((Input i) -> i.hall().level()).thenComparing(i -> i.hall().id()))
                .toList();
    }

    private static Node node(Input h, Map<String, List<Input>> byParent, Instant at) {
        List<Node> children = sorted(byParent.getOrDefault(h.hall().id(), List.of())).stream()
                .map(c -> node(c, byParent, at)).toList();
        boolean stale = h.lastHeard() == null || Duration.between(h.lastHeard(), at).compareTo(STALE_AFTER) > 0;
        Now now = h.live() == null ? null : Now.of(h.live());
        Day d = h.today();
        Totals own = new Totals(1, stale ? 1 : 0, now != null && now.servicesOverTarget() > 0 ? 1 : 0,
                now == null ? 0 : now.waiting(), now == null ? 0 : now.openWindows(), now == null ? 0 : now.windows(),
                d.issued(), d.served(), d.firstCalls(), d.waitedMs(), d.ratings(), d.badRatings(), h.alerts().size(),
                h.notices().open(), h.notices().overdue());
        Totals total = children.stream().map(Node::total).reduce(own, Totals::plus);
        return new Node(h.hall(), h.lastHeard(), stale, now, d, h.alerts(), h.notices(), total, children);
    }
}
