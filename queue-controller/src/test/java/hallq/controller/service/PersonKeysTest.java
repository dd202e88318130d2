package hallq.controller.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hallq.controller.core.Person;
import hallq.protocol.city.CityLimits;
import hallq.protocol.city.PersonKeyRing;
import hallq.protocol.testing.MutableClock;
import hallq.protocol.testing.TestDirs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The city's key ring at a hall: the same hash at every hall, rotation without forgetting, kept across restarts. */
class PersonKeysTest {
    private static final String ID = "11010519491231002X";
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    private final MutableClock clock = MutableClock.mondayAt(9, 0);
    private final Path dir = TestDirs.fresh("person-keys");

    private static PersonKeyRing.Key key(int id, int fill, LocalDate from, LocalDate until) {
        byte[] secret = new byte[32];
        java.util.Arrays.fill(secret, (byte) fill);
        return new PersonKeyRing.Key(id, Base64.getEncoder().encodeToString(secret), from, until);
    }

    private PersonKeys hall(String localSecret, Path ring) {
        return new PersonKeys(localSecret.getBytes(), ring, clock, ZONE);
    }

    @Test
    void twoHallsWithTheirOwnSecrets_hashAlike_onlyOnceTheyHoldTheCitysRing() {
        PersonKeys a = hall("hall A's own secret key!", null);
        PersonKeys b = hall("hall B's own secret key!", null);
        assertNotEquals(a.keyOf(ID), b.keyOf(ID), "their own keys differ");
        assertFalse(PersonKeyRing.isCityKey(a.keyOf(ID)), "a hall's own hash never looks like a city one");
        PersonKeyRing ring = new PersonKeyRing(1, List.of(key(1, 7, LocalDate.of(2000, 1, 1), null)));
        a.take(ring, null);
        b.take(ring, null);
        assertEquals(a.keyOf(ID), b.keyOf(ID));
        assertTrue(a.keyOf(ID).startsWith("c1."), a.keyOf(ID));
        assertEquals(a.keyOf("11010519491231002x"), a.keyOf(ID), "the check letter in either case");
        assertEquals(2, a.person(ID).keys().size(), "the city's hash and the hall's own (for its earlier records)");
        assertEquals(1, PersonKeys.cityKeys(a.person(ID)).size());
        assertThrows(Rejection.class, () -> a.person("110105194912310021"), "a wrong check digit");
    }

    @Test
    void aRotation_hashesWithTheNewKeyFromItsDay_matchesUnderTheOldUntilItsEnd_thenForgetsIt() {
        PersonKeys a = hall("hall A's own secret key!", null);
        a.take(new PersonKeyRing(1, List.of(key(1, 7, LocalDate.of(2000, 1, 1), null))), null);
        String before = a.keyOf(ID);
        a.take(new PersonKeyRing(2, List.of(key(1, 7, LocalDate.of(2000, 1, 1), MONDAY.plusDays(3)),
                key(2, 9, MONDAY.plusDays(1), null))), null);
        assertEquals(before, a.keyOf(ID), "the new key starts tomorrow");
        clock.advance(Duration.ofDays(1));
        Person tuesday = a.person(ID);
        assertTrue(tuesday.key().startsWith("c2."), tuesday.key());
        assertTrue(tuesday.is(before), "Monday's records are still this person's");
        assertEquals(List.of(tuesday.key(), before), PersonKeys.cityKeys(tuesday), "current key first for the hub");
        clock.advance(Duration.ofDays(3)); // Friday: key 1's look-ups ended on Thursday
        assertFalse(a.person(ID).is(before));
        assertEquals(tuesday.key(), a.keyOf(ID));
    }

    @Test
    void theRing_isKeptOwnerOnly_andReadAgainAfterARestart_aBrokenFileFallsBackToTheHallsOwnKey() throws Exception {
        Path file = dir.resolve("secrets").resolve("city-person-keys.json");
        PersonKeys a = hall("hall A's own secret key!", file);
        String own = a.keyOf(ID);
        a.take(new PersonKeyRing(4, List.of(key(3, 5, LocalDate.of(2000, 1, 1), null))), null);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        PersonKeys restarted = hall("hall A's own secret key!", file);
        assertEquals(4, restarted.ringVersion());
        assertEquals(a.keyOf(ID), restarted.keyOf(ID));
        Files.writeString(file, "{\"version\": 5, \"keys\": [ {\"id\": ");
        PersonKeys broken = hall("hall A's own secret key!", file);
        assertEquals(0, broken.ringVersion(), "so the relay asks the hub for the ring again");
        assertEquals(own, broken.keyOf(ID));
    }

    @Test
    void theCitysMarks_limitThePersonToday_underAnyOfTheirKeys_andAreForgottenWithTheDay() {
        PersonKeys a = hall("hall A's own secret key!", null);
        a.take(new PersonKeyRing(1, List.of(key(1, 7, LocalDate.of(2000, 1, 1), null))), null);
        String h = a.keyOf(ID);
        assertFalse(a.person(ID).city().capped());
        a.take(null, new CityLimits(3, 2, 17, List.of(new CityLimits.Mark(17, MONDAY, h))));
        Person p = a.person(ID);
        assertTrue(p.city().capped());
        assertEquals(3, p.city().ticketsPerDay());
        assertEquals(2, p.city().activeAppointments());
        assertEquals(17, a.limitsUpTo());
        assertFalse(a.person("110105194912310046").city().capped(), "someone else");
        a.take(null, new CityLimits(3, 2, 17, List.of()));
        assertEquals(17, a.limitsUpTo(), "an answer with no new marks keeps the mark count");
        clock.advance(Duration.ofDays(1));
        assertFalse(a.person(ID).city().capped(), "a new day");
    }
}
