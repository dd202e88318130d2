package hallq.controller.adapter.sqlite;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import hallq.controller.core.CityFacts;
import hallq.protocol.Json;
import hallq.protocol.city.CityFact;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** Appends a change's city events to {@code city_outbox} in the writer's open transaction; SQLite numbers them. */
final class OutboxRows {
    private static final ObjectWriter JSON = Json.strict().writerFor(CityFact.class);
    private final PreparedStatement insert;

    OutboxRows(Connection writer) throws SQLException {
        insert = writer.prepareStatement("INSERT INTO city_outbox (at, day, body) VALUES (?, ?, ?)");
    }

    void append(List<CityFacts.Entry> entries) throws SQLException {
        for (CityFacts.Entry e : entries) {
            insert.setLong(1, e.at().toEpochMilli());
            insert.setString(2, e.day().toString());
            try {
                insert.setString(3, JSON.writeValueAsString(e.fact()));
            } catch (JsonProcessingException ex) {
                throw new SQLException("a city event that cannot be written as JSON: " + ex.getMessage(), ex);
            }
            insert.executeUpdate();
        }
    }
}
