package hallq.city.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import hallq.city.core.HubProblem;
import hallq.protocol.Json;
import hallq.protocol.city.CityEvent;
import hallq.protocol.city.CityFact;
import hallq.protocol.city.CityLimits;
import hallq.protocol.city.Handover;
import hallq.protocol.city.PersonToday;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * What the hub knows of each citizen, by the city keyed hash of the ID number only (docs/city.md,
 * "One identity"): the tickets a person took each day at all halls, their appointments and
 * handovers, and the city's per-person limits with the marks of persons at the day's ticket limit,
 * which every hall takes in with its acknowledgements and applies on its own.
 */
public final class PersonStore {
    private static final ObjectMapper JSON = Json.lenient();
    private final HubDatabase db;

    public PersonStore(HubDatabase db) {
        this.db = db;
    }

    /** In the ingest transaction: what {@code fresh} events of a hall say of persons. */
    static void take(Connection c, String hallId, List<CityEvent> fresh) throws SQLException {
        Integer limit = null;
        for (CityEvent e : fresh) {
            if (e.fact() instanceof CityFact.TicketStep t && t.person() != null && "ISSUED".equals(t.step())
                    && !"APPOINTMENT".equals(t.channel())) {
                limit = limit != null ? limit : limits(c).ticketsPerDay();
                int taken = counted(c, e.day(), t.person());
                if (limit > 0 && taken >= limit) {
                    mark(c, e.day(), t.person());
                }
            } else if (e.fact() instanceof CityFact.AppointmentStep a && a.person() != null) {
                appointment(c, hallId, a);
            } else if (e.fact() instanceof CityFact.HandoverStep h && h.person() != null && h.handover() != null) {
                try (PreparedStatement ps = c.prepareStatement(
                        "UPDATE handovers SET person_key = ? WHERE receipt = ? AND from_hall = ?")) {
                    ps.setString(1, h.person());
                    ps.setString(2, h.receipt());
                    ps.setString(3, hallId);
                    ps.executeUpdate();
                }
            }
        }
    }

    private static int counted(Connection c, LocalDate day, String person) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO person_days (day, person_key, tickets) VALUES (?, ?, 1)
                ON CONFLICT (person_key, day) DO UPDATE SET tickets = person_days.tickets + 1
                RETURNING tickets""")) {
            ps.setObject(1, day);
            ps.setString(2, person);
            try (ResultSet r = ps.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    private static void mark(Connection c, LocalDate day, String person) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO person_marks (day, person_key) VALUES (?, ?) ON CONFLICT (day, person_key) DO NOTHING")) {
            ps.setObject(1, day);
            ps.setString(2, person);
            ps.executeUpdate();
        }
    }

    private static void appointment(Connection c, String hallId, CityFact.AppointmentStep a) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO person_appointments (hall_id, appointment_id, person_key, service_id, day, slot_start, status)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (hall_id, appointment_id) DO UPDATE SET person_key = excluded.person_key,
                    service_id = excluded.service_id, day = excluded.day, slot_start = excluded.slot_start,
                    status = excluded.status""")) {
            ps.setString(1, hallId);
            ps.setLong(2, a.appointmentId());
            ps.setString(3, a.person());
            ps.setString(4, a.serviceId());
            ps.setObject(5, a.date());
            ps.setObject(6, a.slotStart());
            ps.setString(7, a.status());
            ps.executeUpdate();
        }
    }

    /** The limits, without marks. */
    static CityLimits limits(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT tickets_per_day, active_appointments FROM city_limits WHERE id = 1");
             ResultSet r = ps.executeQuery()) {
            return r.next() ? new CityLimits(r.getInt(1), r.getInt(2), 0, List.of()) : CityLimits.none();
        }
    }

    /** The limits with the marks after {@code after} for days from {@code since} on, for an acknowledgement. */
    static CityLimits forHall(Connection c, long after, LocalDate since) throws SQLException {
        CityLimits l = limits(c);
        List<CityLimits.Mark> marks = new ArrayList<>();
        long upTo = after;
        try (PreparedStatement ps = c.prepareStatement("SELECT seq, day, person_key FROM person_marks "
                + "WHERE seq > ? AND day >= ? ORDER BY seq LIMIT " + CityLimits.MAX_MARKS)) {
            ps.setLong(1, after);
            ps.setObject(2, since);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    marks.add(new CityLimits.Mark(r.getLong(1), r.getObject(2, LocalDate.class), r.getString(3)));
                    upTo = r.getLong(1);
                }
            }
        }
        if (marks.isEmpty()) { // nothing new for the hall: skip past marks of earlier days it need not hear of
            try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(max(seq), 0) FROM person_marks");
                 ResultSet r = ps.executeQuery()) {
                r.next();
                upTo = Math.max(after, r.getLong(1));
            }
        }
        return new CityLimits(l.ticketsPerDay(), l.activeAppointments(), upTo, marks);
    }

    public CityLimits limits() {
        try (Connection c = db.connection()) {
            return limits(c);
        } catch (SQLException e) {
            throw StoreFailure.of("reading the city's per-person limits", e);
        }
    }

    /**
     * Sets the limits (0: none), and marks at once whoever is already at the new ticket limit on
     * {@code today} or later, so halls hear of them with their next acknowledgement.
     */
    public void setLimits(int ticketsPerDay, int activeAppointments, String by, LocalDate today, Instant now) {
        if (ticketsPerDay < 0 || ticketsPerDay > 100 || activeAppointments < 0 || activeAppointments > 100) {
            throw HubProblem.invalid("limits: 0 (none) to 100 tickets a day and 0 to 100 appointments at once");
        }
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("UPDATE city_limits SET tickets_per_day = ?, "
                    + "active_appointments = ?, changed_at = ?, changed_by = ? WHERE id = 1");
                 PreparedStatement over = c.prepareStatement("INSERT INTO person_marks (day, person_key) "
                         + "SELECT day, person_key FROM person_days WHERE day >= ? AND tickets >= ? AND ? > 0 "
                         + "ORDER BY day, person_key ON CONFLICT (day, person_key) DO NOTHING")) {
                ps.setInt(1, ticketsPerDay);
                ps.setInt(2, activeAppointments);
                ps.setObject(3, now.atOffset(ZoneOffset.UTC));
                ps.setString(4, by);
                ps.executeUpdate();
                over.setObject(1, today);
                over.setInt(2, ticketsPerDay);
                over.setInt(3, ticketsPerDay);
                over.executeUpdate();
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw StoreFailure.of("setting the city's per-person limits", e);
        }
    }

    /** What the city holds of the person with these keys, for the hall {@code asking}, on {@code today}. */
    public PersonToday today(String asking, List<String> keys, LocalDate today, Instant since) {
        if (keys.isEmpty() || keys.size() > PersonToday.MAX_KEYS
                || keys.stream().anyMatch(k -> k == null || !k.matches("c[0-9]{1,9}\\.[A-Za-z0-9_-]{43}"))) {
            throw HubProblem.invalid("keys: 1 to " + PersonToday.MAX_KEYS + " city keyed hashes (c<key>.<43 base64url>)");
        }
        try (Connection c = db.connection()) {
            Array array = c.createArrayOf("text", keys.toArray());
            List<PersonToday.Booked> booked = new ArrayList<>();
            int elsewhere = 0;
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT a.hall_id, h.name, a.service_id, a.day, a.slot_start, a.status FROM person_appointments a
                    JOIN halls h ON h.id = a.hall_id
                    WHERE a.person_key = ANY (?) AND a.day >= ? AND (a.status = 'BOOKED'
                        OR a.status = 'CHECKED_IN' AND a.day = ?)
                    ORDER BY a.day, a.slot_start, a.hall_id LIMIT 50""")) {
                ps.setArray(1, array);
                ps.setObject(2, today);
                ps.setObject(3, today);
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        PersonToday.Booked b = new PersonToday.Booked(r.getString(1), r.getString(2), r.getString(3),
                                r.getObject(4, LocalDate.class), r.getObject(5, LocalTime.class), r.getString(6));
                        booked.add(b);
                        elsewhere += "BOOKED".equals(b.status()) && !b.hallId().equals(asking) ? 1 : 0;
                    }
                }
            }
            return new PersonToday(booked, handovers(c, array, since), ticketsToday(c, array, today), elsewhere);
        } catch (SQLException e) {
            throw StoreFailure.of("looking up a person", e);
        }
    }

    private static List<PersonToday.Handed> handovers(Connection c, Array keys, Instant since) throws SQLException {
        List<PersonToday.Handed> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT x.record FROM handovers x WHERE x.person_key = ANY (?) AND (NOT x.closed OR x.sent_at >= ?)
                ORDER BY x.sent_at DESC LIMIT 20""")) {
            ps.setArray(1, keys);
            ps.setObject(2, since.atOffset(ZoneOffset.UTC));
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    Handover h = record(r.getString(1));
                    out.add(new PersonToday.Handed(h.receipt(), h.fromHall(), h.fromHallName(), h.toHallName(),
                            h.matterName(), h.status()));
                }
            }
        }
        return out;
    }

    private static int ticketsToday(Connection c, Array keys, LocalDate today) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT COALESCE(sum(tickets), 0) FROM person_days WHERE person_key = ANY (?) AND day = ?")) {
            ps.setArray(1, keys);
            ps.setObject(2, today);
            try (ResultSet r = ps.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    private static Handover record(String json) {
        try {
            return JSON.readValue(json, Handover.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a handover record that is not JSON", e);
        }
    }
}
