package hallq.city.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import hallq.protocol.Json;
import hallq.protocol.city.CityFact;
import hallq.protocol.city.Handover;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Handovers (代办转报) at the hub: each hall's handover steps are applied in the ingest transaction
 * that brings them (a step once, by the side that owns it), and the record is handed to each of the
 * two halls with its acknowledgements until that hall says it holds the version — delivery at least
 * once, applied once, either side offline for as long as it likes (D24).
 */
public final class HandoverStore {
    private static final Logger LOG = LoggerFactory.getLogger(HandoverStore.class);
    /** The most handovers one acknowledgement hands over (the rest follow with the next). */
    static final int HAND_OVER = 50;
    private static final ObjectWriter WRITE = Json.strict().writerFor(Handover.class);
    private static final ObjectReader READ = Json.strict().readerFor(Handover.class);
    private final HubDatabase db;

    public HandoverStore(HubDatabase db) {
        this.db = db;
    }

    /** One handover step of {@code hallId}, at {@code at} (the hall's time of the event). */
    static void step(Connection c, String hallId, CityFact.HandoverStep step, Instant at) throws SQLException {
        if (Handover.SENT.equals(step.step())) {
            sent(c, hallId, step, at);
            return;
        }
        Row row = lock(c, step.receipt());
        if (row == null) {
            LOG.warn("{} names handover {}, which the hub does not hold: ignored", hallId, step.receipt());
            return;
        }
        boolean station = hallId.equals(row.h.fromHall());
        if (!station && !hallId.equals(row.h.toHall())) {
            LOG.warn("{} names handover {} between {} and {}: ignored", hallId, step.receipt(), row.h.fromHall(),
                    row.h.toHall());
            return;
        }
        long seen = Math.max(station ? row.fromSeen : row.toSeen, Math.min(step.version(), row.h.version()));
        Handover h = row.h;
        boolean owned = (station ? Handover.STATION_STEPS : Handover.RECEIVER_STEPS).contains(step.step());
        if (owned && !h.has(step.step())) {
            boolean heldAll = seen >= h.version();
            h = h.with(List.of(new Handover.Step(step.step(), at, hallId, step.by(), step.detail())), h.version() + 1);
            if (heldAll) {
                seen = h.version(); // it made this version itself: nothing to hand back to it
            }
        } else if (!owned && !Handover.HELD.equals(step.step())) {
            LOG.warn("{} may not add {} to handover {}: ignored", hallId, step.step(), step.receipt());
        }
        save(c, h, station ? seen : row.fromSeen, station ? row.toSeen : seen);
    }

    private static void sent(Connection c, String hallId, CityFact.HandoverStep step, Instant at) throws SQLException {
        Handover x = step.handover();
        if (x == null || !hallId.equals(x.fromHall()) || !step.receipt().equals(x.receipt())) {
            LOG.warn("{} sent handover {} without itself as its station: ignored", hallId, step.receipt());
            return;
        }
        if (lock(c, x.receipt()) != null) {
            return; // the hub holds it already (the same event twice cannot come; a restored hall's can)
        }
        Handover h = new Handover(x.receipt(), x.fromHall(), x.fromHallName(), x.toHall(), x.toHallName(),
                x.serviceId(), x.matterName(), x.materials(), x.note(), x.sentAt(), x.acceptDue(), x.resultDue(),
                List.of(new Handover.Step(Handover.SENT, at, hallId, step.by(), step.detail())), 1);
        if (!registered(c, x.toHall())) {
            h = h.with(List.of(new Handover.Step(Handover.RETURNED, at, "hub", "hub", "市级平台没有登记 " + x.toHall()
                    + " 这个大厅，请选择办理大厅后重新转报 / no hall " + x.toHall() + " is registered with the city")), 2);
        }
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO handovers (receipt, from_hall, to_hall, service_id, matter_name, sent_at, accept_due,
                    result_due, status, closed, record, version, from_seen, to_seen)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 0)""")) {
            ps.setString(1, h.receipt());
            ps.setString(2, h.fromHall());
            ps.setString(3, h.toHall());
            ps.setString(4, h.serviceId());
            ps.setString(5, h.matterName());
            ps.setObject(6, utc(h.sentAt()));
            ps.setObject(7, utc(h.acceptDue()));
            ps.setObject(8, utc(h.resultDue()));
            ps.setString(9, h.status());
            ps.setBoolean(10, h.closed());
            ps.setString(11, json(h));
            ps.setLong(12, h.version());
            ps.executeUpdate();
        }
    }

    /** The handovers to or from {@code hallId} in a version it has not said it holds. */
    static List<Handover> toHandOver(Connection c, String hallId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT record, version FROM handovers WHERE from_hall = ? AND version > from_seen
                UNION ALL
                SELECT record, version FROM handovers WHERE to_hall = ? AND version > to_seen
                LIMIT""" + " " + HAND_OVER)) {
            ps.setString(1, hallId);
            ps.setString(2, hallId);
            List<Handover> out = new ArrayList<>();
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    out.add(read(r.getString(1)));
                }
            }
            return out;
        }
    }

    /** The open handovers to {@code hallId}. */
    static List<Handover> openTo(Connection c, String hallId) throws SQLException {
        return records(c, "SELECT record FROM handovers WHERE to_hall = ? AND NOT closed", hallId);
    }

    /** The handovers sent on the days {@code from} to {@code to} of the station's time zone. */
    static List<Handover> sentOn(Connection c, LocalDate from, LocalDate to) throws SQLException {
        return records(c, "SELECT x.record FROM handovers x JOIN halls h ON h.id = x.from_hall "
                + "WHERE (x.sent_at AT TIME ZONE h.timezone)::date BETWEEN ? AND ?", from, to);
    }

    private static List<Handover> records(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            List<Handover> out = new ArrayList<>();
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    out.add(read(r.getString(1)));
                }
            }
            return out;
        }
    }

    /** Handovers sent since {@code since}, and every one still open, newest first. */
    public List<Handover> list(Instant since) {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(
                "SELECT record FROM handovers WHERE NOT closed OR sent_at >= ? ORDER BY sent_at DESC LIMIT 2000")) {
            ps.setObject(1, utc(since));
            List<Handover> out = new ArrayList<>();
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    out.add(read(r.getString(1)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw StoreFailure.of("reading handovers", e);
        }
    }

    private record Row(Handover h, long fromSeen, long toSeen) {
    }

    private static Row lock(Connection c, String receipt) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT record, from_seen, to_seen FROM handovers WHERE receipt = ? FOR UPDATE")) {
            ps.setString(1, receipt);
            try (ResultSet r = ps.executeQuery()) {
                return r.next() ? new Row(read(r.getString(1)), r.getLong(2), r.getLong(3)) : null;
            }
        }
    }

    private static void save(Connection c, Handover h, long fromSeen, long toSeen) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE handovers SET status = ?, closed = ?, record = ?, "
                + "version = ?, from_seen = ?, to_seen = ? WHERE receipt = ?")) {
            ps.setString(1, h.status());
            ps.setBoolean(2, h.closed());
            ps.setString(3, json(h));
            ps.setLong(4, h.version());
            ps.setLong(5, fromSeen);
            ps.setLong(6, toSeen);
            ps.setString(7, h.receipt());
            ps.executeUpdate();
        }
    }

    private static boolean registered(Connection c, String hallId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM halls WHERE id = ?")) {
            ps.setString(1, hallId);
            try (ResultSet r = ps.executeQuery()) {
                return r.next();
            }
        }
    }

    private static Handover read(String json) throws SQLException {
        try {
            return READ.readValue(json);
        } catch (JsonProcessingException e) {
            throw new SQLException("a handover stored unreadable", e);
        }
    }

    private static String json(Handover h) {
        try {
            return WRITE.writeValueAsString(h);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a handover that cannot be written as JSON", e);
        }
    }

    private static OffsetDateTime utc(Instant t) {
        return t == null ? null : t.atOffset(ZoneOffset.UTC);
    }
}
