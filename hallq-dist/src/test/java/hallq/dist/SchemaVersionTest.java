package hallq.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SchemaVersionTest {
    @Test
    void ofMigration_readsFlywayVersions_andIgnoresOtherFiles() {
        assertEquals("15", SchemaVersion.ofMigration("V15__restores.sql").orElseThrow().toString());
        assertEquals("1.2", SchemaVersion.ofMigration("V1_2__split.sql").orElseThrow().toString());
        assertEquals("1.2", SchemaVersion.ofMigration("V1.2__split.sql").orElseThrow().toString());
        assertEquals(Optional.empty(), SchemaVersion.ofMigration("R__views.sql"));
        assertEquals(Optional.empty(), SchemaVersion.ofMigration("README.md"));
    }

    @Test
    void compareTo_ordersByNumberNotByText() {
        List<SchemaVersion> v = List.of("V2__a.sql", "V10__b.sql", "V1_10__c.sql", "V1_9__d.sql").stream()
                .map(n -> SchemaVersion.ofMigration(n).orElseThrow()).sorted().toList();
        assertEquals("[1.9, 1.10, 2, 10]", v.toString());
        assertTrue(SchemaVersion.ofMigration("V3__x.sql").orElseThrow()
                .compareTo(SchemaVersion.ofMigration("V3_0__y.sql").orElseThrow()) == 0);
    }

    @Test
    void highest_findsTheNewestMigrationOnTheClasspath() {
        assertTrue(SchemaVersion.highest(getClass().getClassLoader(), VersionMain.HALL_MIGRATIONS).isPresent());
        assertEquals(Optional.empty(), SchemaVersion.highest(getClass().getClassLoader(), "db/none"));
    }
}
