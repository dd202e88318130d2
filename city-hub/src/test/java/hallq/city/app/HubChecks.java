package hallq.city.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectReader;
import hallq.city.core.Rollup;
import hallq.city.store.EventStore;
import hallq.city.store.HubDatabase;
import hallq.protocol.Json;
import hallq.protocol.city.CityEvent;
import hallq.protocol.city.CityFact;
import hallq.protocol.city.Handover;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the fault proofs check of a hub after the storm: every event once, no gap, rollups true to the
 * raw events, a handover's steps among them.
 */
final class HubChecks {
    private static final ObjectReader FACTS = Json.strict().readerFor(CityFact.class);

    private HubChecks() {
    }

    /** The hub holds seqs 1 … {@code highest} of the hall, each once. */
    static void holdsExactly(HubDatabase db, String hallId, long highest) throws SQLException {
        assertEquals(highest, new EventStore(db).countsByHall().get(hallId), "each event once, none missing");
        try (Connection c = db.connection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT count(DISTINCT seq), min(seq), max(seq) FROM events WHERE hall_id = '"
                     + hallId + "'")) {
            r.next();
            assertEquals(highest, r.getLong(1), "no seq twice");
            assertEquals(1, r.getLong(2));
            assertEquals(highest, r.getLong(3), "no gap");
        }
    }

    /**
     * The steps of handover {@code receipt} among the events the hub holds of the hall, in their order
     * (the hall's word that it holds a version, {@code HELD}, left out).
     */
    static List<String> handoverSteps(HubDatabase db, String hallId, String receipt) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(
                "SELECT body FROM events WHERE hall_id = ? ORDER BY seq")) {
            ps.setString(1, hallId);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    if (FACTS.readValue(r.getString(1)) instanceof CityFact.HandoverStep s && s.receipt().equals(receipt)
                            && !Handover.HELD.equals(s.step())) {
                        out.add(s.step());
                    }
                }
            }
        }
        return out;
    }

    /** {@code rollup_day} equals a recomputation, with the hub's own rollup code, from the raw events it holds. */
    static void rollupsMatchRawEvents(HubDatabase db, String hallId, ZoneId zone) throws Exception {
        assertEquals(recomputed(db, hallId, zone), stored(db, hallId), "rollup_day equals a recomputation from the raw events");
    }

    /** The day rollups recomputed from every raw event the hub holds of the hall, as text per row. */
    private static Map<String, String> recomputed(HubDatabase db, String hallId, ZoneId zone) throws Exception {
        Rollup rollup = new Rollup(hallId, zone);
        try (Connection c = db.connection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT seq, at, day, body FROM events WHERE hall_id = '" + hallId + "' ORDER BY seq")) {
            while (r.next()) {
                rollup.add(new CityEvent(r.getLong(1), r.getObject(2, OffsetDateTime.class).toInstant(),
                        r.getObject(3, LocalDate.class), FACTS.readValue(r.getString(4))));
            }
        }
        Map<String, String> out = new TreeMap<>();
        rollup.days().forEach((k, n) -> out.put(k.day() + "/" + k.serviceId() + "/" + k.window(), n.issued + "," + n.firstCalls
                + "," + n.waitedMs + "," + n.served + "," + n.serviceMs + "," + n.noShows + "," + n.voided + "," + n.ratings
                + "," + n.notices + "," + n.booked + "," + n.openMs + "," + n.busyMs + "," + n.byScore[0] + "," + n.byScore[1]
                + "," + n.byScore[2] + "," + n.byScore[3] + "," + n.byScore[4]));
        return out;
    }

    private static Map<String, String> stored(HubDatabase db, String hallId) throws SQLException {
        Map<String, String> out = new TreeMap<>();
        try (Connection c = db.connection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT day, service_id, window_no, issued, first_calls, waited_ms, served, "
                     + "service_ms, no_shows, voided, ratings, notices, booked, open_ms, busy_ms, rated_1, rated_2, rated_3, rated_4, "
                     + "rated_5 FROM rollup_day WHERE hall_id = '" + hallId + "'")) {
            while (r.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 4; i <= 20; i++) {
                    row.append(i > 4 ? "," : "").append(r.getLong(i));
                }
                out.put(r.getObject(1, LocalDate.class) + "/" + r.getString(2) + "/" + r.getInt(3), row.toString());
            }
        }
        return out;
    }
}
