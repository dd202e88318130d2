package hallq.city.store;

import hallq.city.core.CityAlert;
import hallq.city.core.CityWatch;
import hallq.city.core.HubProblem;
import hallq.city.core.Overview;
import hallq.city.core.SentNotice;
import hallq.protocol.city.CityFact;
import hallq.protocol.city.CityNotice;
import hallq.protocol.city.HallLive;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * City supervision in PostgreSQL: the watch over each hall's live figures (in the ingest
 * transaction that brought them), the alerts it raises, and the supervision notices (督办) the city
 * office sends, handed to the hall with each acknowledgement until the hall says it received them.
 */
public final class SupervisionStore {
    /** The most notices one acknowledgement hands over (the rest follow with the next). */
    static final int HAND_OVER = 50;
    private static final String NOTICE_COLUMNS = """
            n.id, n.hall_id, h.name, n.alert_id, n.message, n.sent_by, n.sent_at, n.answer_due, n.received_at,
            n.acknowledged_by, n.acknowledged_at, n.answered_by, n.answered_at, n.answer""";
    private static final String ALERT_COLUMNS = """
            a.id, a.hall_id, h.name, a.kind, a.day, a.since, a.opened_at, a.closed_at, a.service_id, a.message, a.peak""";
    private final HubDatabase db;

    public SupervisionStore(HubDatabase db) {
        this.db = db;
    }

    /**
     * Applies one new live sample of a hall to the watch (with the handovers waiting on it past a
     * deadline, judged at the sample's hall time): starts, raises, keeps and ends episodes.
     */
    static void watch(Connection c, String hallId, ZoneId zone, HallLive live) throws SQLException {
        Map<CityWatch.Kind, CityWatch.Held> held = new EnumMap<>(CityWatch.Kind.class);
        try (PreparedStatement ps = c.prepareStatement("SELECT kind, since, alert_id FROM hall_watch WHERE hall_id = ?")) {
            ps.setString(1, hallId);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    CityWatch.Kind kind = CityWatch.Kind.valueOf(r.getString(1));
                    Instant since = r.getObject(2, OffsetDateTime.class).toInstant();
                    long alert = r.getLong(3);
                    held.put(kind, new CityWatch.Held(kind, since, r.wasNull() ? null : alert));
                }
            }
        }
        OffsetDateTime at = live.at().atOffset(ZoneOffset.UTC);
        int overdue = (int) HandoverStore.openTo(c, hallId).stream().filter(h -> h.overdue(live.at())).count();
        for (CityWatch.Action a : CityWatch.step(held, live, overdue)) {
            switch (a.type()) {
                case START -> update(c, "INSERT INTO hall_watch (hall_id, kind, since) VALUES (?, ?, ?)", hallId,
                        a.kind().name(), at);
                case END -> {
                    update(c, "DELETE FROM hall_watch WHERE hall_id = ? AND kind = ?", hallId, a.kind().name());
                    if (a.alertId() != null) {
                        update(c, "UPDATE city_alerts SET closed_at = ? WHERE id = ?", at, a.alertId());
                    }
                }
                case PEAK -> update(c, "UPDATE city_alerts SET peak = GREATEST(peak, ?) WHERE id = ?", a.condition().level(),
                        a.alertId());
                case RAISE -> {
                    long id;
                    try (PreparedStatement ps = c.prepareStatement("""
                            INSERT INTO city_alerts (hall_id, kind, day, since, opened_at, service_id, message, peak)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")) {
                        ps.setString(1, hallId);
                        ps.setString(2, a.kind().name());
                        ps.setObject(3, live.businessDate());
                        ps.setObject(4, held.get(a.kind()).since().atOffset(ZoneOffset.UTC));
                        ps.setObject(5, at);
                        ps.setString(6, a.condition().serviceId());
                        ps.setString(7, a.condition().message());
                        ps.setDouble(8, a.condition().level());
                        try (ResultSet r = ps.executeQuery()) {
                            r.next();
                            id = r.getLong(1);
                        }
                    }
                    update(c, "UPDATE hall_watch SET alert_id = ? WHERE hall_id = ? AND kind = ?", id, hallId,
                            a.kind().name());
                }
                default -> throw new IllegalStateException(a.type().name());
            }
        }
    }

    /** What a hall said of a notice it was sent (a notice of another hall, or unknown, is ignored). */
    static void noticeStep(Connection c, String hallId, CityFact.CityNoticeStep step, Instant at) throws SQLException {
        OffsetDateTime t = at.atOffset(ZoneOffset.UTC);
        String set = switch (step.step()) {
            case "RECEIVED" -> "received_at = COALESCE(received_at, ?)";
            case "ACKNOWLEDGED" -> "received_at = COALESCE(received_at, ?), acknowledged_at = COALESCE(acknowledged_at, ?), "
                    + "acknowledged_by = COALESCE(acknowledged_by, ?)";
            default -> "received_at = COALESCE(received_at, ?), acknowledged_at = COALESCE(acknowledged_at, ?), "
                    + "acknowledged_by = COALESCE(acknowledged_by, ?), answered_at = ?, answered_by = ?, answer = ?";
        };
        try (PreparedStatement ps = c.prepareStatement("UPDATE city_notices SET " + set + " WHERE id = ? AND hall_id = ?")) {
            int i = 1;
            ps.setObject(i++, t);
            if (!"RECEIVED".equals(step.step())) {
                ps.setObject(i++, t);
                ps.setString(i++, step.by());
            }
            if ("ANSWERED".equals(step.step())) {
                ps.setObject(i++, t);
                ps.setString(i++, step.by());
                ps.setString(i++, step.answer());
            }
            ps.setLong(i++, step.noticeId());
            ps.setString(i, hallId);
            ps.executeUpdate();
        }
    }

    /** The notices a hall has not said it received, oldest first, for its relay. */
    static List<CityNotice> toHandOver(Connection c, String hallId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT n.id, n.message, n.sent_by, n.sent_at, n.answer_due, n.alert_id, a.kind, a.service_id
                FROM city_notices n LEFT JOIN city_alerts a ON a.id = n.alert_id
                WHERE n.hall_id = ? AND n.received_at IS NULL ORDER BY n.id LIMIT""" + " " + HAND_OVER)) {
            ps.setString(1, hallId);
            List<CityNotice> out = new ArrayList<>();
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    long alert = r.getLong(6);
                    Long alertId = r.wasNull() ? null : alert;
                    out.add(new CityNotice(r.getLong(1), r.getString(2), r.getString(3), instant(r, 4), instant(r, 5),
                            alertId, r.getString(7), r.getString(8)));
                }
            }
            return out;
        }
    }

    /** Sends a notice to a hall (about one of its alerts, or not), due {@code within} from now. */
    public SentNotice send(String hallId, Long alertId, String message, String sentBy, Duration within, Instant now) {
        try (Connection c = db.connection()) {
            if (alertId != null && !exists(c, "SELECT 1 FROM city_alerts WHERE id = ? AND hall_id = ?", alertId, hallId)) {
                throw HubProblem.invalid("alertId: hall " + hallId + " has no alert " + alertId);
            }
            if (!exists(c, "SELECT 1 FROM halls WHERE id = ?", hallId)) {
                throw new HubProblem(404, "NOT_FOUND", "no hall " + hallId + " is registered");
            }
            long id;
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO city_notices (hall_id, alert_id, message, sent_by, sent_at, answer_due)
                    VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")) {
                ps.setString(1, hallId);
                if (alertId == null) {
                    ps.setNull(2, Types.BIGINT);
                } else {
                    ps.setLong(2, alertId);
                }
                ps.setString(3, message);
                ps.setString(4, sentBy);
                ps.setObject(5, now.atOffset(ZoneOffset.UTC));
                ps.setObject(6, now.plus(within).atOffset(ZoneOffset.UTC));
                try (ResultSet r = ps.executeQuery()) {
                    r.next();
                    id = r.getLong(1);
                }
            }
            return notices(c, "n.id = ?", now, id).get(0);
        } catch (SQLException e) {
            throw StoreFailure.of("sending a notice to " + hallId, e);
        }
    }

    /** Notices sent from {@code from} to {@code to} (inclusive, the hub's UTC dates), or of one hall; newest first. */
    public List<SentNotice> notices(LocalDate from, LocalDate to, String hallId, Instant now) {
        try (Connection c = db.connection()) {
            Object[] args = hallId == null ? new Object[] {start(from), start(to.plusDays(1))}
                    : new Object[] {start(from), start(to.plusDays(1)), hallId};
            return notices(c, "n.sent_at >= ? AND n.sent_at < ?" + (hallId == null ? "" : " AND n.hall_id = ?"), now, args);
        } catch (SQLException e) {
            throw StoreFailure.of("reading the notices", e);
        }
    }

    /** Alerts of one business day, or only those still open (day null); newest first. */
    public List<CityAlert> alerts(LocalDate day) {
        try (Connection c = db.connection()) {
            return day == null ? alerts(c, "a.closed_at IS NULL") : alerts(c, "a.day = ?", day);
        } catch (SQLException e) {
            throw StoreFailure.of("reading the alerts", e);
        }
    }

    /** Each hall's open alerts, and its notices not answered (with how many are overdue), for the overview. */
    static Map<String, List<CityAlert>> openAlerts(Connection c) throws SQLException {
        Map<String, List<CityAlert>> out = new HashMap<>();
        for (CityAlert a : alerts(c, "a.closed_at IS NULL")) {
            out.computeIfAbsent(a.hallId(), k -> new ArrayList<>()).add(a);
        }
        return out;
    }

    static Map<String, Overview.Notices> openNotices(Connection c, Instant now) throws SQLException {
        Map<String, Overview.Notices> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT hall_id, count(*), count(*) FILTER (WHERE answer_due < ?) FROM city_notices
                WHERE answered_at IS NULL GROUP BY hall_id""")) {
            ps.setObject(1, now.atOffset(ZoneOffset.UTC));
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    out.put(r.getString(1), new Overview.Notices(r.getInt(2), r.getInt(3)));
                }
            }
        }
        return out;
    }

    private static List<CityAlert> alerts(Connection c, String where, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + ALERT_COLUMNS
                + " FROM city_alerts a JOIN halls h ON h.id = a.hall_id WHERE " + where + " ORDER BY a.id DESC")) {
            bind(ps, args);
            List<CityAlert> out = new ArrayList<>();
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    out.add(new CityAlert(r.getLong(1), r.getString(2), r.getString(3),
                            CityWatch.Kind.valueOf(r.getString(4)), r.getObject(5, LocalDate.class), instant(r, 6),
                            instant(r, 7), instant(r, 8), r.getString(9), r.getString(10), r.getDouble(11)));
                }
            }
            return out;
        }
    }

    private static List<SentNotice> notices(Connection c, String where, Instant now, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + NOTICE_COLUMNS
                + " FROM city_notices n JOIN halls h ON h.id = n.hall_id WHERE " + where + " ORDER BY n.id DESC")) {
            bind(ps, args);
            List<SentNotice> out = new ArrayList<>();
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    long alert = r.getLong(4);
                    Long alertId = r.wasNull() ? null : alert;
                    Instant due = instant(r, 8);
                    Instant received = instant(r, 9);
                    Instant acknowledged = instant(r, 11);
                    Instant answered = instant(r, 13);
                    out.add(new SentNotice(r.getLong(1), r.getString(2), r.getString(3), alertId, r.getString(5),
                            r.getString(6), instant(r, 7), due, received, r.getString(10), acknowledged, r.getString(12),
                            answered, r.getString(14), SentNotice.status(received, acknowledged, answered),
                            SentNotice.overdue(due, answered, now)));
                }
            }
            return out;
        }
    }

    private static OffsetDateTime start(LocalDate day) {
        return day.atStartOfDay().atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet r, int column) throws SQLException {
        OffsetDateTime t = r.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static boolean exists(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            try (ResultSet r = ps.executeQuery()) {
                return r.next();
            }
        }
    }

    private static void update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            ps.executeUpdate();
        }
    }

    private static void bind(PreparedStatement ps, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            ps.setObject(i + 1, args[i]);
        }
    }
}
