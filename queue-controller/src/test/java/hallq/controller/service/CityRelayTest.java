package hallq.controller.service;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hallq.protocol.city.CityEvent;
import hallq.protocol.city.CityFact;
import hallq.protocol.city.CityNotice;
import hallq.protocol.city.HallLive;
import hallq.protocol.city.IngestAck;
import hallq.protocol.city.IngestBatch;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The relay against a hub that fails in the ways a network does: nothing is lost, and the hub takes each event once. */
class CityRelayTest {
    private static final CityRelay.Settings FAST = new CityRelay.Settings(10, Duration.ofMillis(5), Duration.ofMillis(50),
            Duration.ofMillis(20), Duration.ofDays(30));
    private final Outbox outbox = new Outbox();
    private final FlakyHub hub = new FlakyHub();
    private CityRelay relay;
    private final List<List<CityNotice>> received = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        if (relay != null) {
            relay.close();
        }
    }

    private void start() {
        relay = new CityRelay("h", outbox, hub, () -> new HallLive(Instant.EPOCH, LocalDate.EPOCH, 1, 2, List.of()),
                received::add, InstantSource.system(), FAST).start();
    }

    @Test
    void theCitysNotices_areHandedToTheHall_withEveryAcknowledgementThatCarriesThem() {
        CityNotice notice = new CityNotice(7, "请说明等候超时原因", "office", Instant.EPOCH, Instant.EPOCH.plusSeconds(3600),
                null, null, null);
        hub.notices = List.of(notice);
        start();
        await().atMost(Duration.ofSeconds(10)).until(() -> received.size() >= 2); // resent until the hub hears RECEIVED
        assertEquals(List.of(notice), received.get(0));
        hub.notices = List.of();
        int handed = received.size();
        outbox.write(3);
        await().atMost(Duration.ofSeconds(10)).until(() -> hub.held() == 3);
        assertTrue(received.size() <= handed + 1, "nothing more once the hub stopped handing it over");
    }

    @Test
    void everyEventReachesTheHubOnce_thoughAnswersAreLostAndTheHubIsDownAtTimes() {
        outbox.write(35);
        hub.loseAnswers.set(2); // stored, but the relay never hears so: it must ask and go on from there
        hub.down.set(3);
        hub.behind.set(2); // a hub restored from an older backup says it holds less: the relay sends again
        start();
        await().atMost(Duration.ofSeconds(10)).until(() -> hub.held() == 35);
        outbox.write(7);
        await().atMost(Duration.ofSeconds(10)).until(() -> hub.held() == 42 && relay.status().pending() == 0);
        assertEquals(42, hub.stored.size(), "each seq once");
        assertTrue(hub.replays.get() > 0, "what the hub said it lacked was sent again, harmlessly");
        assertEquals(42, outbox.link().orElseThrow().acknowledged());
        assertTrue(hub.batches.stream().allMatch(b -> b.events().size() <= 10 && b.live() != null));
    }

    @Test
    void aHubClaimingMoreThanTheHallWrote_isAProblemNotAReasonToSkip() {
        outbox.write(3);
        hub.claim = 99;
        start();
        await().atMost(Duration.ofSeconds(10)).until(() -> relay.status().problem() != null
                && relay.status().problem().contains("written only 3"));
        assertEquals(0, hub.stored.size());
    }

    /** The outbox in memory: seqs from 1. */
    private static final class Outbox implements CityOutbox {
        private final List<CityEvent> events = new ArrayList<>();
        private Link link;

        synchronized void write(int n) {
            for (int i = 0; i < n; i++) {
                long seq = events.size() + 1;
                events.add(new CityEvent(seq, Instant.EPOCH, LocalDate.EPOCH, new CityFact.WindowStep(1, "OPENED")));
            }
        }

        @Override
        public synchronized List<CityEvent> after(long seq, int limit) {
            return events.stream().filter(e -> e.seq() > seq).limit(limit).toList();
        }

        @Override
        public synchronized long highest() {
            return events.size();
        }

        @Override
        public synchronized void acknowledged(long watermark, Instant at) {
            link = new Link(watermark, at);
        }

        @Override
        public synchronized Optional<Link> link() {
            return Optional.ofNullable(link);
        }

        @Override
        public int prune(long acknowledged, Instant before) {
            return 0;
        }

        @Override
        public long resumeAfterRestore(long watermark, Instant at) {
            return 0;
        }

        @Override
        public void close() {
        }
    }

    /** A hub in memory that takes events in order, and can be down or lose its answers. */
    private static final class FlakyHub implements CityRelay.Hub {
        final TreeMap<Long, CityEvent> stored = new TreeMap<>();
        final List<IngestBatch> batches = new ArrayList<>();
        final AtomicInteger down = new AtomicInteger();
        final AtomicInteger loseAnswers = new AtomicInteger();
        final AtomicInteger replays = new AtomicInteger();
        final AtomicInteger behind = new AtomicInteger();
        volatile long claim = -1;
        volatile List<CityNotice> notices = List.of();

        synchronized long held() {
            return stored.isEmpty() ? 0 : stored.lastKey();
        }

        @Override
        public synchronized IngestAck holds() throws CityRelay.LinkProblem {
            if (down.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                throw new CityRelay.LinkProblem("hub unreachable", null);
            }
            long w = claim >= 0 ? claim : held();
            if (w > 3 && behind.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                w -= 3;
            }
            return new IngestAck("h", w, w, 0, 0, notices);
        }

        @Override
        public synchronized IngestAck send(IngestBatch batch) throws CityRelay.LinkProblem {
            batches.add(batch);
            int dup = 0;
            for (CityEvent e : batch.events()) {
                if (e.seq() <= held()) {
                    dup++;
                    replays.incrementAndGet();
                } else if (e.seq() == held() + 1) {
                    stored.put(e.seq(), e);
                } else {
                    throw new CityRelay.LinkProblem("hub answered 409: gap", null);
                }
            }
            if (loseAnswers.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                throw new CityRelay.LinkProblem("hub unreachable: the answer was lost", null);
            }
            return new IngestAck("h", held(), held(), batch.events().size() - dup, dup, notices);
        }
    }
}
