package hallq.controller.adapter.sqlite;

import hallq.controller.core.Appointment;
import hallq.controller.core.Quotas;
import hallq.controller.core.SlotQuota;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** Appointment rows and the managers' slot quotas, and the appointment history that proposes quotas. */
final class AppointmentRows {
    private AppointmentRows() {
    }

    /** A new booking, or a booked one changing status (status, time and ticket are all that change). */
    static void upsert(Connection c, Appointment a) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO appointments (id, code, token, service_id, day, slot_start, slot_minutes, person_key, phone,
                                          status, booked_at, changed_at, ticket_id, slot_quota)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET status = excluded.status, changed_at = excluded.changed_at,
                    ticket_id = excluded.ticket_id""")) {
            ps.setLong(1, a.id());
            ps.setString(2, a.code());
            ps.setString(3, a.token());
            ps.setString(4, a.serviceId());
            ps.setString(5, a.date().toString());
            ps.setString(6, a.slotStart().toString());
            ps.setInt(7, a.slotMinutes());
            ps.setString(8, a.personKey());
            ps.setString(9, a.phone());
            ps.setString(10, a.status().name());
            ps.setLong(11, a.bookedAt().toEpochMilli());
            ps.setLong(12, a.changedAt().toEpochMilli());
            if (a.ticketId() == null) {
                ps.setNull(13, Types.INTEGER);
            } else {
                ps.setLong(13, a.ticketId());
            }
            ps.setInt(14, a.slotQuota());
            ps.executeUpdate();
        }
    }

    /** A manager's quota for a slot; a null quota removes it (back to the proposal). */
    static void saveQuota(Connection c, SlotQuota q) throws SQLException {
        String sql = q.quota() == null ? "DELETE FROM slot_quotas WHERE service_id = ? AND day = ? AND slot_start = ?"
                : """
                INSERT INTO slot_quotas (service_id, day, slot_start, quota, actor, set_at) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (service_id, day, slot_start) DO UPDATE SET quota = excluded.quota, actor = excluded.actor,
                    set_at = excluded.set_at""";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, q.serviceId());
            ps.setString(2, q.date().toString());
            ps.setString(3, q.slot().toString());
            if (q.quota() != null) {
                ps.setInt(4, q.quota());
                ps.setString(5, q.actor());
                ps.setLong(6, q.at().toEpochMilli());
            }
            ps.executeUpdate();
        }
    }

    /** Appointments of the day and after, and any still booked from before (they become no-shows). */
    static List<Appointment> appointments(Connection c, LocalDate from) throws SQLException {
        List<Appointment> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT * FROM appointments WHERE day >= ? OR status = 'BOOKED' ORDER BY id")) {
            ps.setString(1, from.toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long ticketId = rs.getLong("ticket_id");
                    Long ticket = rs.wasNull() ? null : ticketId;
                    out.add(new Appointment(rs.getLong("id"), rs.getString("code"), rs.getString("token"),
                            rs.getString("service_id"), LocalDate.parse(rs.getString("day")),
                            LocalTime.parse(rs.getString("slot_start")), rs.getInt("slot_minutes"),
                            rs.getString("person_key"), rs.getString("phone"),
                            Appointment.Status.valueOf(rs.getString("status")), TicketStatements.time(rs, "booked_at"),
                            TicketStatements.time(rs, "changed_at"), ticket,
                            rs.getInt("slot_quota")));
                }
            }
        }
        return out;
    }

    static List<SlotQuota> quotas(Connection c, LocalDate from) throws SQLException {
        List<SlotQuota> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM slot_quotas WHERE day >= ?")) {
            ps.setString(1, from.toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new SlotQuota(rs.getString("service_id"), LocalDate.parse(rs.getString("day")),
                            LocalTime.parse(rs.getString("slot_start")), rs.getInt("quota"),
                            rs.getString("actor"), TicketStatements.time(rs, "set_at")));
                }
            }
        }
        return out;
    }

    /**
     * Appointment history of one service over days {@code [from, to)}: how many booked appointments
     * were no-shows, and how full the booked days were (bookings ÷ quota offered).
     */
    static Quotas.Demand demand(Connection c, String serviceId, LocalDate from, LocalDate to) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT COUNT(DISTINCT day), SUM(status = 'NO_SHOW'), SUM(status IN ('NO_SHOW', 'CHECKED_IN')),
                       SUM(status != 'CANCELLED')
                FROM appointments WHERE service_id = ? AND day >= ? AND day < ?""")) {
            ps.setString(1, serviceId);
            ps.setString(2, from.toString());
            ps.setString(3, to.toString());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                int days = rs.getInt(1);
                int noShow = rs.getInt(2);
                int ended = rs.getInt(3);
                int booked = rs.getInt(4);
                if (days == 0) {
                    return Quotas.Demand.NONE;
                }
                try (PreparedStatement q = c.prepareStatement("""
                        SELECT SUM(quota) FROM (SELECT MAX(slot_quota) AS quota FROM appointments
                        WHERE service_id = ? AND day >= ? AND day < ? GROUP BY day, slot_start)""")) {
                    q.setString(1, serviceId);
                    q.setString(2, from.toString());
                    q.setString(3, to.toString());
                    try (ResultSet qs = q.executeQuery()) {
                        qs.next();
                        int offered = qs.getInt(1);
                        return new Quotas.Demand(ended == 0 ? 0 : (double) noShow / ended,
                                offered == 0 ? 0 : (double) booked / offered, days);
                    }
                }
            }
        }
    }
}
