package hallq.controller.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hallq.protocol.Priority;
import java.time.LocalTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * One person under several keys (the city's current and earlier keys, the hall's own) is one person
 * for every per-person limit, and the city's word on a person limits tickets and appointments across
 * halls (docs/city.md, "One identity").
 */
class PersonLimitsTest {
    private final CoreFixture f = new CoreFixture();

    private Outcome.Rejected<?> refused(Outcome<?> o) {
        return assertInstanceOf(Outcome.Rejected.class, o);
    }

    @Test
    void ticketsStoredUnderAnEarlierKey_countForThePerServiceLimit() {
        f.issue("HJ", Priority.NORMAL, null, "c1.old-key-hash");
        f.issue("HJ", Priority.NORMAL, null, "local-key-hash");
        Person rotated = new Person("c2.new-key-hash", Set.of("c1.old-key-hash", "local-key-hash"), null);
        Outcome.Rejected<?> r = refused(f.issueFor("HJ", Priority.NORMAL, null, rotated));
        assertEquals(Outcome.Reason.PERSON_LIMIT, r.reason());
        Ticket other = f.ok(f.issueFor("SB", Priority.NORMAL, null, rotated));
        assertEquals("c2.new-key-hash", other.personKey(), "a new ticket stores the current key");
        f.ok(f.issueFor("HJ", Priority.NORMAL, null, Person.of("c2.someone-else")));
    }

    @Test
    void aPersonTheCityMarkedAtTheDailyLimit_getsNoTicket_butAnAppointmentCheckInStillWorks() {
        Person capped = new Person("c1.capped", Set.of(), new Person.City(3, true, 0, -1));
        Outcome.Rejected<?> r = refused(f.issueFor("SB", Priority.NORMAL, null, capped));
        assertEquals(Outcome.Reason.PERSON_LIMIT, r.reason());
        assertTrue(r.message().contains("3 tickets") && r.message().contains("city's halls"), r.message());
        f.ok(f.issueFor("SB", Priority.NORMAL, null, capped.with(Person.City.NONE)));

        f.ok(f.core.book("SB", f.core.state().businessDate(), LocalTime.of(10, 0), capped, null, "CODE1XYZ",
                "appointment-token-1-abcdef", Quotas.Demand.NONE, f.now));
        f.minutes(55);
        f.ok(f.core.checkIn("CODE1XYZ", capped, null, null, "ticket-token-0001-abcdef", "kiosk", f.now));
    }

    @Test
    void theCityLimit_countsThisHallsOwnTicketsBeforeTheHubHasHeardOfThem() {
        Person p = new Person("c1.p", Set.of(), new Person.City(2, false, 0, -1));
        f.ok(f.issueFor("SB", Priority.NORMAL, null, p));
        f.ok(f.issueFor("HJ", Priority.NORMAL, null, p));
        Outcome.Rejected<?> r = refused(f.issueFor("SB", Priority.NORMAL, null, p));
        assertEquals(Outcome.Reason.PERSON_LIMIT, r.reason());
    }

    @Test
    void appointmentsHeldAtOtherHalls_countForTheCitysLimit_andAreMatchedUnderEveryKey() {
        var day = f.core.state().businessDate().plusDays(1);
        Person elsewhere = new Person("c1.x", Set.of(), new Person.City(0, false, 2, 1));
        f.ok(f.core.book("SB", day, LocalTime.of(10, 0), elsewhere, null, "CODE1XYZ", "appointment-token-1-abcdef",
                Quotas.Demand.NONE, f.now));
        Outcome.Rejected<?> r = refused(f.core.book("HJ", day, LocalTime.of(10, 0), elsewhere, null, "CODE2XYZ",
                "appointment-token-2-abcdef", Quotas.Demand.NONE, f.now));
        assertEquals(Outcome.Reason.PERSON_LIMIT, r.reason());
        assertTrue(r.message().contains("all of the city's halls"), r.message());
        Person unasked = new Person("c2.x", Set.of("c1.x"), new Person.City(0, false, 2, -1));
        f.ok(f.core.book("HJ", day, LocalTime.of(10, 0), unasked, null, "CODE3XYZ", "appointment-token-3-abcdef",
                Quotas.Demand.NONE, f.now)); // the hub did not answer: this hall's limit (3) alone
        Outcome.Rejected<?> again = refused(f.core.book("SB", day, LocalTime.of(10, 0), unasked, null, "CODE4XYZ",
                "appointment-token-4-abcdef", Quotas.Demand.NONE, f.now));
        assertTrue(again.message().contains("already has an appointment for this service"),
                "the booking under the earlier key is the same person's: " + again.message());
    }
}
