package hallq.city.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import hallq.city.core.HubProblem;
import hallq.city.core.Rollup;
import hallq.protocol.Json;
import hallq.protocol.city.CityEvent;
import hallq.protocol.city.CityFact;
import hallq.protocol.city.CityLimits;
import hallq.protocol.city.CityNotice;
import hallq.protocol.city.HallLive;
import hallq.protocol.city.Handover;
import hallq.protocol.city.IngestAck;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Takes a hall's events in order, each once: under a lock on the hall's link row, events at or
 * below the watermark are replays (counted, not stored again), the rest must follow the watermark
 * without a gap, and they are stored with the rollups they add and the new watermark in one
 * transaction. So a replay is a no-op, the hub never holds a gap, and the rollups always equal what
 * the raw events add up to.
 */
public final class EventStore {
    private static final ObjectWriter JSON = Json.strict().writerFor(CityFact.class);
    private static final ObjectWriter SERVICES = Json.strict().writer();
    private final HubDatabase db;
    private final Set<YearMonth> partitions = ConcurrentHashMap.newKeySet();

    public EventStore(HubDatabase db) {
        this.db = db;
    }

    /** What the hub holds of a hall now. */
    public IngestAck ack(String hallId) {
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("SELECT watermark FROM hall_links WHERE hall_id = ?")) {
            ps.setString(1, hallId);
            try (ResultSet r = ps.executeQuery()) {
                long w = r.next() ? r.getLong(1) : 0;
                return new IngestAck(hallId, w, w, 0, 0, SupervisionStore.toHandOver(c, hallId),
                        HandoverStore.toHandOver(c, hallId));
            }
        } catch (SQLException e) {
            throw StoreFailure.of("reading the watermark of " + hallId, e);
        }
    }

    /**
     * Stores what is new of {@code events} (consecutive seqs, checked by the caller) for a hall
     * whose business days run in {@code zone}, and how it stands now ({@code live}, may be null);
     * an empty list is a heartbeat.
     *
     * @throws HubProblem 409 when the events start after a gap (the answer names the seq expected)
     */
    public IngestAck ingest(String hallId, ZoneId zone, List<CityEvent> events, HallLive live, Instant now) {
        return ingest(hallId, zone, events, live, now, -1);
    }

    /**
     * As above, and with the city's per-person limits and the marks after {@code limitsAfter} that the
     * hall has not yet taken in (-1: leave the limits out).
     */
    public IngestAck ingest(String hallId, ZoneId zone, List<CityEvent> events, HallLive live, Instant now,
                            long limitsAfter) {
        events.stream().map(e -> YearMonth.from(e.day())).distinct().forEach(this::partition);
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            try {
                IngestAck ack = ingest(c, hallId, zone, events, now);
                if (live != null && live(c, hallId, live)) {
                    SupervisionStore.watch(c, hallId, zone, live);
                }
                if (events.isEmpty()) {
                    caughtUp(c, hallId, live != null ? live.at() : now);
                }
                List<CityNotice> notices = SupervisionStore.toHandOver(c, hallId);
                List<Handover> handovers = HandoverStore.toHandOver(c, hallId);
                CityLimits limits = limitsAfter < 0 ? null
                        : PersonStore.forHall(c, limitsAfter, LocalDate.ofInstant(now, zone).minusDays(1));
                c.commit();
                return new IngestAck(ack.hallId(), ack.watermark(), ack.highest(), ack.stored(), ack.duplicates(),
                        notices, handovers, null, limits);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw StoreFailure.of("storing " + events.size() + " events of " + hallId, e);
        }
    }

    private IngestAck ingest(Connection c, String hallId, ZoneId zone, List<CityEvent> events, Instant now)
            throws SQLException {
        long held;
        boolean first;
        try (PreparedStatement ps = c.prepareStatement("SELECT watermark, first_seq FROM hall_links WHERE hall_id = ? "
                + "FOR UPDATE")) {
            ps.setString(1, hallId);
            try (ResultSet r = ps.executeQuery()) {
                if (!r.next()) {
                    throw new HubProblem(404, "NOT_FOUND", "no hall " + hallId + " is registered");
                }
                held = r.getLong(1);
                r.getLong(2);
                first = r.wasNull();
            }
        }
        // a hall's very first batch may begin past 1: it ran alone before joining and pruned its oldest events
        long watermark = first && !events.isEmpty() ? events.get(0).seq() - 1 : held;
        List<CityEvent> fresh = events.stream().filter(e -> e.seq() > watermark).toList();
        int duplicates = events.size() - fresh.size();
        if (!fresh.isEmpty() && fresh.get(0).seq() != watermark + 1) {
            throw new HubProblem(409, "GAP", "the hub holds " + hallId + "'s events up to " + watermark
                    + "; send from " + (watermark + 1) + ", not " + fresh.get(0).seq());
        }
        if (!fresh.isEmpty()) {
            Rollup rollup = new Rollup(hallId, zone, RollupRows.openWindows(c, hallId));
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO events (hall_id, seq, day, at, kind, body) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (CityEvent e : fresh) {
                    ps.setString(1, hallId);
                    ps.setLong(2, e.seq());
                    ps.setObject(3, e.day());
                    ps.setObject(4, e.at().atOffset(ZoneOffset.UTC));
                    ps.setString(5, e.fact().getClass().getSimpleName());
                    ps.setString(6, json(e.fact()));
                    ps.addBatch();
                    rollup.add(e);
                }
                ps.executeBatch();
            }
            for (CityEvent e : fresh) {
                if (e.fact() instanceof CityFact.CityNoticeStep step) {
                    SupervisionStore.noticeStep(c, hallId, step, e.at());
                } else if (e.fact() instanceof CityFact.HandoverStep step) {
                    HandoverStore.step(c, hallId, step, e.at());
                }
            }
            PersonStore.take(c, hallId, fresh);
            RollupRows.add(c, rollup);
            RollupRows.saveOpenWindows(c, hallId, rollup.openSince());
        }
        long newMark = fresh.isEmpty() ? watermark : fresh.get(fresh.size() - 1).seq();
        try (PreparedStatement ps = c.prepareStatement("UPDATE hall_links SET watermark = ?, last_heard = ?, "
                + "last_event = COALESCE(?, last_event), first_seq = COALESCE(first_seq, ?) WHERE hall_id = ?")) {
            ps.setLong(1, newMark);
            ps.setObject(2, now.atOffset(ZoneOffset.UTC));
            ps.setObject(3, fresh.isEmpty() ? null : fresh.get(fresh.size() - 1).at().atOffset(ZoneOffset.UTC));
            if (fresh.isEmpty()) {
                ps.setNull(4, Types.BIGINT);
            } else {
                ps.setLong(4, fresh.get(0).seq());
            }
            ps.setString(5, hallId);
            ps.executeUpdate();
        }
        return new IngestAck(hallId, newMark, newMark, fresh.size(), duplicates);
    }

    /** The relay had nothing more to send at {@code at}. */
    private static void caughtUp(Connection c, String hallId, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE hall_links SET caught_up = GREATEST(COALESCE(caught_up, ?), ?) "
                + "WHERE hall_id = ?")) {
            ps.setObject(1, at.atOffset(ZoneOffset.UTC));
            ps.setObject(2, at.atOffset(ZoneOffset.UTC));
            ps.setString(3, hallId);
            ps.executeUpdate();
        }
    }

    /**
     * Keeps how the hall stands now (the newest word wins: a late batch with older figures is
     * ignored); true when these are the newest figures.
     */
    private static boolean live(Connection c, String hallId, HallLive live) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO hall_live (hall_id, at, business_date, open_windows, windows, services, idle_windows,
                    waiting_past_target, public_url)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (hall_id) DO UPDATE SET at = excluded.at, business_date = excluded.business_date,
                    open_windows = excluded.open_windows, windows = excluded.windows, services = excluded.services,
                    idle_windows = excluded.idle_windows, waiting_past_target = excluded.waiting_past_target,
                    public_url = excluded.public_url
                WHERE hall_live.at < excluded.at""")) {
            ps.setString(1, hallId);
            ps.setObject(2, live.at().atOffset(ZoneOffset.UTC));
            ps.setObject(3, live.businessDate());
            ps.setInt(4, live.openWindows());
            ps.setInt(5, live.windows());
            try {
                ps.setString(6, SERVICES.writeValueAsString(live.services()));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("live figures that cannot be written as JSON", e);
            }
            ps.setInt(7, live.idleWindows());
            ps.setInt(8, live.waitingPastTarget());
            ps.setString(9, live.publicUrl());
            return ps.executeUpdate() == 1;
        }
    }

    private static String json(CityFact fact) {
        try {
            return JSON.writeValueAsString(fact);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a city fact that cannot be written as JSON", e);
        }
    }

    /** Adds the month's partition of {@code events} before its first event (once per month and process). */
    private void partition(YearMonth month) {
        if (partitions.contains(month)) {
            return;
        }
        synchronized (partitions) {
            if (partitions.contains(month)) {
                return;
            }
            LocalDate from = month.atDay(1);
            String sql = "CREATE TABLE IF NOT EXISTS events_" + month.getYear() + "_" + String.format("%02d", month.getMonthValue())
                    + " PARTITION OF events FOR VALUES FROM ('" + from + "') TO ('" + from.plusMonths(1) + "')";
            try (Connection c = db.connection(); Statement s = c.createStatement()) {
                s.execute(sql);
            } catch (SQLException e) {
                throw StoreFailure.of("adding the events partition of " + month, e);
            }
            partitions.add(month);
        }
    }

    /** Counts of raw events per hall, for checks against the halls' own counts. */
    public Map<String, Long> countsByHall() {
        try (Connection c = db.connection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT hall_id, count(*) FROM events GROUP BY hall_id")) {
            Map<String, Long> out = new TreeMap<>();
            while (r.next()) {
                out.put(r.getString(1), r.getLong(2));
            }
            return out;
        } catch (SQLException e) {
            throw StoreFailure.of("counting events", e);
        }
    }
}
