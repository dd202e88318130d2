package hallq.city.store;

import com.fasterxml.jackson.databind.ObjectReader;
import hallq.city.core.CityAlert;
import hallq.city.core.HallEntry;
import hallq.city.core.Overview;
import hallq.protocol.Json;
import hallq.protocol.city.HallLive;
import hallq.protocol.rest.ServiceView;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads what the overview needs in two queries: the halls with their link and live rows, and today's rollups. */
public final class OverviewStore {
    private static final ObjectReader SERVICES = Json.lenient().readerForListOf(ServiceView.class);
    private final HubDatabase db;

    public OverviewStore(HubDatabase db) {
        this.db = db;
    }

    public List<Overview.Input> load(Instant now) {
        try (Connection c = db.connection()) {
            List<Row> rows = halls(c);
            LocalDate earliest = LocalDate.ofInstant(now, ZoneId.of("UTC")).minusDays(1);
            Map<String, Map<LocalDate, Overview.Day>> days = days(c, earliest);
            Map<String, List<CityAlert>> alerts = SupervisionStore.openAlerts(c);
            Map<String, Overview.Notices> notices = SupervisionStore.openNotices(c, now);
            List<Overview.Input> out = new ArrayList<>();
            for (Row r : rows) {
                LocalDate today = r.live() != null ? r.live().businessDate()
                        : LocalDate.ofInstant(now, ZoneId.of(r.hall().timezone()));
                Overview.Day day = days.getOrDefault(r.hall().id(), Map.of()).getOrDefault(today, Overview.Day.none(today));
                out.add(new Overview.Input(r.hall(), r.lastHeard(), r.live(), day, alerts.get(r.hall().id()),
                        notices.get(r.hall().id())));
            }
            return out;
        } catch (SQLException e) {
            throw StoreFailure.of("reading the overview", e);
        }
    }

    /**
     * Where a citizen books one hall through the city (docs/city.md, "City-wide booking"): the hall,
     * when it was last heard, the address it gave and its business day; empty when no such hall is
     * registered. {@code publicUrl} and {@code businessDate} are null before its first live figures.
     */
    public record BookingTarget(HallEntry hall, Instant lastHeard, String publicUrl, LocalDate businessDate) {
    }

    public Optional<BookingTarget> bookingTarget(String hallId) {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement("""
                SELECT h.id, h.name, h.level, h.parent, h.lat, h.lon, h.timezone, k.last_heard, l.public_url,
                       l.business_date
                FROM halls h LEFT JOIN hall_links k ON k.hall_id = h.id LEFT JOIN hall_live l ON l.hall_id = h.id
                WHERE h.id = ?""")) {
            ps.setString(1, hallId);
            try (ResultSet r = ps.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                OffsetDateTime heard = r.getObject(8, OffsetDateTime.class);
                return Optional.of(new BookingTarget(hall(r), heard == null ? null : heard.toInstant(), r.getString(9),
                        r.getObject(10, LocalDate.class)));
            }
        } catch (SQLException e) {
            throw StoreFailure.of("reading hall " + hallId, e);
        }
    }

    private record Row(HallEntry hall, Instant lastHeard, HallLive live) {
    }

    /** The hall of a row whose first seven columns are the registry's (id … timezone). */
    private static HallEntry hall(ResultSet r) throws SQLException {
        double lat = r.getDouble(5);
        Double latitude = r.wasNull() ? null : lat;
        double lon = r.getDouble(6);
        Double longitude = r.wasNull() ? null : lon;
        return new HallEntry(r.getString(1), r.getString(2), HallEntry.Level.valueOf(r.getString(3)), r.getString(4),
                latitude, longitude, r.getString(7));
    }

    private static List<Row> halls(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT h.id, h.name, h.level, h.parent, h.lat, h.lon, h.timezone, k.last_heard,
                       l.at, l.business_date, l.open_windows, l.windows, l.services, l.idle_windows,
                       l.waiting_past_target, l.public_url
                FROM halls h LEFT JOIN hall_links k ON k.hall_id = h.id LEFT JOIN hall_live l ON l.hall_id = h.id
                ORDER BY h.id""");
             ResultSet r = ps.executeQuery()) {
            List<Row> out = new ArrayList<>();
            while (r.next()) {
                HallEntry hall = hall(r);
                OffsetDateTime heard = r.getObject(8, OffsetDateTime.class);
                OffsetDateTime liveAt = r.getObject(9, OffsetDateTime.class);
                HallLive live = liveAt == null ? null : new HallLive(liveAt.toInstant(), r.getObject(10, LocalDate.class),
                        r.getInt(11), r.getInt(12), services(r.getString(13)), r.getInt(14), r.getInt(15),
                        r.getString(16));
                out.add(new Row(hall, heard == null ? null : heard.toInstant(), live));
            }
            return out;
        }
    }

    static List<ServiceView> services(String json) throws SQLException {
        try {
            return SERVICES.readValue(json);
        } catch (IOException e) {
            throw new SQLException("unreadable live figures: " + e.getMessage(), e);
        }
    }

    private static Map<String, Map<LocalDate, Overview.Day>> days(Connection c, LocalDate from) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT hall_id, day, sum(issued), sum(served), sum(first_calls), sum(waited_ms), sum(no_shows),
                       sum(ratings), sum(bad_ratings)
                FROM rollup_day WHERE day >= ? GROUP BY hall_id, day""")) {
            ps.setObject(1, from);
            Map<String, Map<LocalDate, Overview.Day>> out = new HashMap<>();
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    LocalDate day = r.getObject(2, LocalDate.class);
                    out.computeIfAbsent(r.getString(1), k -> new HashMap<>()).put(day, new Overview.Day(day, r.getInt(3),
                            r.getInt(4), r.getInt(5), r.getLong(6), r.getInt(7), r.getInt(8), r.getInt(9)));
                }
            }
            return out;
        }
    }
}
