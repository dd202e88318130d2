package hallq.sim.demo;

import hallq.city.app.Hub;
import hallq.city.core.HallEntry;
import hallq.city.store.HandoverStore;
import hallq.protocol.Priority;
import hallq.protocol.Zone;
import hallq.protocol.city.Handover;
import hallq.protocol.config.OpeningHours;
import hallq.protocol.config.ServiceConfig;
import hallq.protocol.rest.HandoverView;
import hallq.sim.demo.HandoverStory.Moment;
import hallq.sim.demo.HandoverStory.Move;
import hallq.sim.demo.HandoverStory.Step;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plays the city demo's handover story ({@link HandoverStory}) on the demo clock, once a run, at the
 * first village station of the layout that does not handle the story's matter (户籍迁入): the
 * citizen takes a ticket at the station's kiosk; the station's clerk, asking the hub which hall to
 * hand it to (its street centre), hands it over at the window ({@link StationHandover}); a clerk of that
 * hall accepts it on its handover page; the station's link to the hub is cut (the demo's fault),
 * the result made ready for pickup, the link restored; the citizen, once the station has heard,
 * scans the 收件通知书 at the kiosk, takes the pickup ticket and is called. Each minute of hall time
 * it looks at the halls (over their REST APIs, as staff) and the hub, records what happened and
 * does the move due; each step is logged with its hall time, and {@link #lines} goes into the
 * city demo's summary.
 */
final class CityHandoverStory implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(CityHandoverStory.class);
    /** How often the story looks at the halls: a minute of hall time (0.1 s at 600×). */
    private static final Duration TICK = Duration.ofMinutes(1);
    private final HandoverStory story;
    private final String stationId;
    private final Demo station;
    private final String parent;
    private final Map<String, Demo> halls;
    private final LinkProxy link;
    private final Supplier<Hub> hub;
    private final DemoClock clock;
    private final WindowConsole stationDesk;
    private final Queue<Moment> heard = new ConcurrentLinkedQueue<>();
    private final CountDownLatch stop = new CountDownLatch(1);
    private final Thread thread;
    private volatile HandoverView sent;
    private volatile boolean atKiosk;
    private Demo receiver;
    private WindowConsole receiverDesk;
    private String lastTrouble;

    private CityHandoverStory(String stationId, Map<String, Demo> halls, String parent, LinkProxy link,
                              Supplier<Hub> hub, DemoClock clock, HandoverStory.Timing timing) {
        this.stationId = stationId;
        this.station = halls.get(stationId);
        this.parent = parent;
        this.halls = halls;
        this.link = link;
        this.hub = hub;
        this.clock = clock;
        this.story = new HandoverStory(timing, clock.instant());
        this.stationDesk = desk(station);
        this.thread = new Thread(this::run, "handover-story");
        thread.setDaemon(true);
    }

    /**
     * Starts the story at the layout's first village station that does not handle {@link StationHandover#MATTER}
     * and whose parent is in the layout; null (no story) when there is none.
     */
    static CityHandoverStory start(Map<String, HallEntry> entries, Map<String, Demo> halls, Map<String, LinkProxy> links,
                                   Supplier<Hub> hub, DemoClock clock, HandoverStory.Timing timing) {
        for (HallEntry e : entries.values()) {
            if (e.level() == HallEntry.Level.VILLAGE && halls.containsKey(e.parent())
                    && halls.get(e.id()).config().service(StationHandover.MATTER) == null) {
                CityHandoverStory s = new CityHandoverStory(e.id(), halls, e.parent(), links.get(e.id()), hub, clock,
                        timing);
                s.thread.start();
                return s;
            }
        }
        log.info("no village station in the layout hands a matter over: no handover story");
        return null;
    }

    private static WindowConsole desk(Demo hall) {
        return new WindowConsole(hall.controllerUrl(), hall.host().managerPasswordFile());
    }

    private void run() {
        try {
            logIn(stationDesk); // before the story needs it: a login takes minutes of hall time at 600×
            while (!done() && clock.pause(TICK, stop)) {
                try {
                    tick();
                } catch (IOException | RuntimeException e) { // a hall or the hub away for a while: look again
                    if (!String.valueOf(e.getMessage()).equals(lastTrouble)) {
                        log.info("handover story: {}; trying again", e.getMessage());
                        lastTrouble = String.valueOf(e.getMessage());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void tick() throws IOException, InterruptedException {
        HandoverView v = sent;
        for (Moment m = heard.poll(); m != null; m = heard.poll()) {
            record(m.step(), m.at(), m.detail());
        }
        if (v != null) {
            look(v.receipt());
        }
        Instant now = clock.instant();
        Move move;
        synchronized (this) {
            move = story.next(now, open(station, now), receiver != null && open(receiver, now));
        }
        if (move != null) {
            act(move, v, now);
        }
    }

    /** What the halls and the hub hold now, for the steps the story waits to see. */
    private void look(String receipt) throws IOException, InterruptedException {
        if (receiver == null) {
            receiver = halls.get(sent.toHall());
            if (receiver == null) {
                throw new IOException("the hub proposed " + sent.toHall() + ", not a hall of this demo");
            }
            receiverDesk = desk(receiver);
            logIn(receiverDesk);
        }
        Instant now = clock.instant();
        if (!has(Step.RESULT_READY) || has(Step.PICKED_UP) && !has(Step.RECEIVER_HEARD)) {
            receiverHolds(receiverDesk.handover(receipt), now);
        }
        if (has(Step.ACCEPTED) && !has(Step.ACCEPT_HEARD) || has(Step.RESULT_READY) && !has(Step.READY_HEARD)
                || has(Step.PICKUP_TICKET) && !has(Step.PICKED_UP)) {
            HandoverView here = stationDesk.handover(receipt);
            record(Step.ACCEPT_HEARD, stepAt(here, Handover.ACCEPTED) == null ? null : now, null);
            record(Step.READY_HEARD, stepAt(here, Handover.RESULT_READY) == null ? null : now, null);
            record(Step.PICKED_UP, stepAt(here, Handover.PICKED_UP), here.pickupTicket());
        }
        if (has(Step.PICKED_UP) && !has(Step.HUB_HEARD)) {
            boolean held = new HandoverStore(hub.get().database()).list(at(Step.ARRIVED).minus(Duration.ofDays(1)))
                    .stream().anyMatch(h -> h.receipt().equals(receipt) && h.has(Handover.PICKED_UP));
            record(Step.HUB_HEARD, held ? now : null, null);
        }
    }

    private void act(Move move, HandoverView v, Instant now) throws IOException, InterruptedException {
        switch (move) {
            case ARRIVE -> toKiosk(counter(), null, Step.ARRIVED, new StationHandover(parent,
                    halls.get(parent).config().hall().name(), clock, this::sent));
            case ACCEPT -> receiverHolds(receiverDesk.handoverStep(v.receipt(), "accept", null), now);
            case CUT_LINK -> {
                link.cut();
                record(Step.LINK_CUT, now, stationId);
            }
            case RESULT -> receiverHolds(receiverDesk.handoverStep(v.receipt(), "result", "PICKUP"), now);
            case RESTORE_LINK -> {
                link.restore();
                record(Step.LINK_RESTORED, now, stationId);
            }
            case COME_BACK -> toKiosk(null, v.trackUrl(), Step.PICKUP_TICKET, Errands.Errand.SERVE);
            default -> throw new IllegalStateException(move.name());
        }
    }

    /**
     * The citizen goes to the station's kiosks for {@code service} (or to {@code scan} a code there);
     * the clerk who calls the ticket they take does {@code errand}.
     */
    private void toKiosk(String service, String scan, Step step, Errands.Errand errand) {
        if (atKiosk) {
            return; // still in front of a kiosk
        }
        atKiosk = true;
        station.errands().toKiosk();
        station.crowd().send(new Visitor(0, service, Priority.NORMAL, null, 0, null, scan, ticket -> {
            station.errands().printed(ticket, errand);
            if (ticket != null) {
                heard.add(new Moment(step, clock.instant(), ticket));
            }
            atKiosk = false; // none: the citizen tries again
        }));
    }

    /** The station's counter for whatever it does not know where to take: its comprehensive window's service. */
    private String counter() {
        List<ServiceConfig> services = station.config().services();
        return services.stream().filter(s -> s.zone() == Zone.COMPREHENSIVE).findFirst().orElse(services.get(0)).id();
    }

    /**
     * The receiving hall's steps as it holds them (its clerk's, or a step the story asked for whose
     * answer was lost: it is not asked for again), and whether it has heard of the pickup.
     */
    private void receiverHolds(HandoverView there, Instant now) {
        record(Step.RECEIVED, stepAt(there, Handover.RECEIVED), there.toHallName());
        record(Step.ACCEPTED, stepAt(there, Handover.ACCEPTED), step(there, Handover.ACCEPTED)
                .map(s -> "受理编号 " + s.detail()).orElse(null));
        record(Step.RESULT_READY, stepAt(there, Handover.RESULT_READY), null);
        record(Step.RECEIVER_HEARD, stepAt(there, Handover.PICKED_UP) == null ? null : now, null);
    }

    /** The station has handed the citizen over (on the clerk's thread). */
    private void sent(HandoverView v) {
        heard.add(new Moment(Step.SENT, v.sentAt().toInstant(), v.receipt() + " → " + v.toHallName()));
        sent = v;
    }

    private static void logIn(WindowConsole desk) throws InterruptedException {
        try {
            desk.logIn();
        } catch (IOException e) { // logged in again when a request asks
            log.info("handover story: cannot log in yet: {}", e.getMessage());
        }
    }

    private static Optional<HandoverView.Step> step(HandoverView v, String step) {
        return v.steps().stream().filter(s -> s.step().equals(step)).findFirst();
    }

    /** When the hall recorded the step (hall time), or null when it has not. */
    private static Instant stepAt(HandoverView v, String step) {
        return step(v, step).map(s -> s.at().toInstant()).orElse(null);
    }

    private boolean open(Demo hall, Instant now) {
        return OpeningHours.parse(hall.config().hall().hours()).isOpen(LocalTime.ofInstant(now, clock.zone()));
    }

    /** Records the step once, when {@code at} is known, and logs it with its hall time. */
    private void record(Step step, Instant at, String detail) {
        if (at == null) {
            return;
        }
        boolean first;
        synchronized (this) {
            first = story.happened(step, at, detail);
        }
        if (first) {
            log.info("HANDOVER STORY {} {}: {} / {}{}", HandoverStory.TIME.format(at.atZone(clock.zone())), stationId,
                    step.zh, step.en, detail == null ? "" : " (" + detail + ")");
        }
    }

    private synchronized boolean has(Step step) {
        return story.has(step);
    }

    synchronized boolean done() {
        return story.done();
    }

    synchronized Instant at(Step step) {
        return story.at(step);
    }

    String stationId() {
        return stationId;
    }

    /** The receipt of the handover, once sent (null before). */
    String receipt() {
        HandoverView v = sent;
        return v == null ? null : v.receipt();
    }

    /** For the summary: the station, each step with its hall time, and what it waits for. */
    synchronized List<String> lines() {
        List<String> out = new ArrayList<>();
        out.add("代办转报演示 / handover story at " + stationId + (receipt() == null ? "" : ", " + receipt()));
        story.lines(clock.zone()).forEach(l -> out.add("  " + l));
        return out;
    }

    @Override
    public void close() throws InterruptedException {
        stop.countDown();
        thread.join(5_000);
    }
}
