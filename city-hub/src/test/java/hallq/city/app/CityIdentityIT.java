package hallq.city.app;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hallq.city.store.HubDatabase;
import hallq.city.store.PersonKeyFile;
import hallq.city.store.PersonStore;
import hallq.controller.app.Controller;
import hallq.controller.core.Outcome;
import hallq.controller.service.Rejection;
import hallq.protocol.city.PersonKeyRing;
import hallq.protocol.config.HallConfig;
import hallq.protocol.rest.BookingRequest;
import hallq.protocol.rest.IssueTicketRequest;
import hallq.protocol.rest.PersonDayView;
import hallq.protocol.rest.QuotaOverride;
import hallq.protocol.rest.SlotView;
import hallq.protocol.testing.TestDirs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * One identity across a real hub and two real halls (docs/city.md, "One identity"): the halls take
 * the city's key ring and hash a citizen alike, the city's daily ticket limit holds across both, the
 * appointment limit too, a kiosk at one hall sees the citizen's appointment at the other, and a key
 * rotation reaches both halls — with no ID number anywhere at the hub.
 */
class CityIdentityIT {
    private static final String ID = "11010519491231002X";
    private static final String OTHER = "110105194912310046";
    private static final Duration WAIT = CityLine.WAIT;
    private final Path hubDir = TestDirs.fresh("identity-hub");
    private final HallConfig villageConfig = CityLine.VILLAGE;
    private final HallConfig streetConfig = CityLine.STREET;
    private Hub hub;
    private Controller village;
    private Controller street;

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable c : new AutoCloseable[] {village, street, hub}) {
            if (c != null) {
                c.close();
            }
        }
    }

    private Controller hall(HallConfig config, Path dir) throws Exception {
        return CityLine.hall(hub, config, dir);
    }

    private static IssueTicketRequest ticket(String service, String idNumber) {
        return new IssueTicketRequest(service, null, null, null, idNumber, "kiosk-1");
    }

    @Test
    void aCitizen_isOnePersonAtEveryHall_forLimitsAndForTheKiosk_andARotationReachesEveryHall() throws Exception {
        PersonKeyFile keys = PersonKeyFile.open(hubDir.resolve("secrets").resolve("person-keys.json"));
        hub = Hub.start(HubDatabase.privateCluster(hubDir), "127.0.0.1", 0, InstantSource.system(), keys);
        register();
        PersonStore persons = new PersonStore(hub.database());
        persons.setLimits(2, 1, "test", LocalDate.now().minusDays(1), Instant.now());
        Path villageDir = TestDirs.fresh("identity-village");
        village = hall(villageConfig, villageDir);
        street = hall(streetConfig, TestDirs.fresh("identity-street"));

        // both halls take the ring and the limits with their first acknowledgements, and hash alike
        await().atMost(WAIT).until(() -> village.service().personKeys().ringVersion() == 1
                && street.service().personKeys().ringVersion() == 1
                && village.service().personKeys().person(ID).city().ticketsPerDay() == 2
                && street.service().personKeys().person(ID).city().ticketsPerDay() == 2);
        String atVillage = village.service().personKeys().keyOf(ID);
        assertTrue(atVillage.startsWith("c1."), atVillage);
        assertEquals(atVillage, street.service().personKeys().keyOf(ID));
        Path ring = villageDir.resolve("secrets").resolve("city-person-keys.json");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(ring)));

        // the city's limit of 2 tickets a day: one at the village, one at the street, the third refused at either
        village.service().tickets().issue(ticket("ZX", ID), "device:kiosk-1");
        street.service().tickets().issue(ticket("HJ", ID), "device:kiosk-1");
        await().atMost(WAIT).until(() -> village.service().personKeys().person(ID).city().capped());
        Rejection refused = assertThrows(Rejection.class, () -> village.service().tickets().issue(ticket("SB", ID),
                "device:kiosk-1"));
        assertEquals(Outcome.Reason.PERSON_LIMIT, refused.reason());
        assertTrue(refused.getMessage().contains("city's halls"), refused.getMessage());
        await().atMost(WAIT).until(() -> street.service().personKeys().person(ID).city().capped());
        assertThrows(Rejection.class, () -> street.service().tickets().issue(ticket("SB", ID), "device:kiosk-1"));
        village.service().tickets().issue(ticket("SB", OTHER), "device:kiosk-1"); // someone else is not limited

        // an appointment at the street; a kiosk at the village shows it; a second one anywhere is refused
        LocalDate day = bookableDay();
        SlotView slot = street.service().appointments().slots("SB", day).stream().filter(s -> s.available() > 0)
                .findFirst().orElseThrow();
        street.service().appointments().book(new BookingRequest("SB", day, slot.start(), ID, null));
        await().atMost(WAIT).until(() -> village.service().personDay().of(ID).items().size() == 1);
        PersonDayView seen = village.service().personDay().of(ID);
        assertTrue(seen.city());
        PersonDayView.Item item = seen.items().get(0);
        assertEquals(PersonDayView.Item.APPOINTMENT, item.kind());
        assertEquals(streetConfig.hall().name(), item.hallName());
        assertFalse(item.here());
        assertEquals(slot.start(), item.time());
        assertEquals(List.of(), village.service().personDay().of(OTHER).items());
        SlotView villageSlot = village.service().appointments().slots("SB", day).get(0);
        village.service().appointments().setQuota(new QuotaOverride("SB", day, villageSlot.start(), 4), "manager");
        Rejection second = assertThrows(Rejection.class, () -> village.service().appointments().book(
                new BookingRequest("SB", day, villageSlot.start(), ID, null)));
        assertTrue(second.getMessage().contains("all of the city's halls"), second.getMessage());
        village.service().appointments().book(new BookingRequest("SB", day, villageSlot.start(), OTHER, null));

        // a rotation at the hub reaches both halls; today's hash stays, the new key waits for its day
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        PersonKeyRing rotated = keys.rotate(today.plusDays(1), 30, today);
        assertEquals(2, rotated.version());
        await().atMost(WAIT).until(() -> village.service().personKeys().ringVersion() == 2
                && street.service().personKeys().ringVersion() == 2);
        assertEquals(atVillage, village.service().personKeys().keyOf(ID));
        assertTrue(Files.readString(ring).contains("\"id\" : 2") || Files.readString(ring).contains("\"id\":2"));

        // the hub holds hashes only: no ID number in any table it keeps of persons
        try (var c = hub.database().connection(); var s = c.createStatement();
             var r = s.executeQuery("SELECT string_agg(person_key, ' ') FROM person_days")) {
            r.next();
            String held = r.getString(1);
            assertTrue(held.contains(atVillage), held);
            assertFalse(held.contains(ID) || held.contains(OTHER), held);
        }
        assertNotEquals(0, persons.limits().ticketsPerDay());
    }

    /** The first day from tomorrow on with a free slot for 社保医保. */
    private LocalDate bookableDay() {
        LocalDate d = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1);
        for (int i = 0; i < 7; i++, d = d.plusDays(1)) {
            if (free(street, d)) { // the village's one shared window leaves no quota of its own: a manager sets one
                return d;
            }
        }
        throw new IllegalStateException("no bookable day within a week");
    }

    private static boolean free(Controller hall, LocalDate day) {
        try {
            return hall.service().appointments().slots("SB", day).stream().anyMatch(s -> s.available() > 0);
        } catch (Rejection closed) { // a day the hall does not open
            return false;
        }
    }

    private void register() {
        CityLine.register(hub);
    }
}
