package hallq.controller.doctor;

import static hallq.controller.doctor.Finding.Level.FAIL;
import static hallq.controller.doctor.Finding.Level.OK;
import static hallq.controller.doctor.Finding.Level.WARN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HostJudgementsTest {
    private static final long GB = 1L << 30;

    @Test
    void growth_measuredOnceTheDatabaseHoldsEnough_elseEstimated() {
        HostJudgements.Growth measured = HostJudgements.growth(20_000, 20, 10_000_000, 3_500, 42, 0.25);
        assertEquals(1_000, measured.ticketsPerDay());
        assertEquals(500, measured.bytesPerTicket());
        assertTrue(measured.measured());
        assertEquals(Math.round(1_000 * 500 * (1 + 42 * 0.25)), measured.bytesPerDay(), "the backups kept grow too");
        HostJudgements.Growth young = HostJudgements.growth(300, 1, 400_000, 3_500, 42, 0.25);
        assertEquals(3_500, young.ticketsPerDay());
        assertEquals(HostJudgements.BYTES_PER_TICKET, young.bytesPerTicket());
    }

    @Test
    void disk_failUnderAMonth_warnUnderAYear() {
        HostJudgements.Growth g = new HostJudgements.Growth(1_000, 1_000, true, 0, 0); // 1 MB a day
        assertEquals(OK, HostJudgements.disk(GB, 1_000_000, g).level());
        assertEquals(WARN, HostJudgements.disk(300_000_000L, 1_000_000, g).level());
        assertEquals(FAIL, HostJudgements.disk(29_000_000L + 100_000_000L, 0, new HostJudgements.Growth(1_000, 4_500, true,
                0, 0)).level());
        Finding f = HostJudgements.disk(GB, 1_000_000, g);
        assertTrue(f.message().contains("about 1,073 days of history at 1,000 tickets a day"), f.message());
    }

    @Test
    void disk_noRoomForABackupCopy_fails() {
        HostJudgements.Growth g = new HostJudgements.Growth(1, 1, true, 0, 0);
        Finding f = HostJudgements.disk(2 * GB, 2 * GB, g);
        assertEquals(FAIL, f.level());
        assertTrue(f.message().contains("a backup needs its size again"), f.message());
    }

    @Test
    void port_freeOrThisHallsControllers_isFine_anotherProgramFails() {
        Optional<Map<String, String>> running = Optional.of(Map.of("pid", "4242", "http", "8080", "mqtt", "1883"));
        assertEquals(OK, HostJudgements.port("HTTP", "127.0.0.1", 8080, true, Optional.empty(), "http").level());
        Finding ours = HostJudgements.port("HTTP", "127.0.0.1", 8080, false, running, "http");
        assertEquals(OK, ours.level());
        assertTrue(ours.message().contains("this hall's running controller (pid 4242)"), ours.message());
        Finding other = HostJudgements.port("HTTP", "127.0.0.1", 8080, false, Optional.empty(), "http");
        assertEquals(FAIL, other.level());
        assertTrue(other.message().contains("in use by another program: find it with ss -ltnp 'sport = :8080'"),
                other.message());
        Finding elsewhere = HostJudgements.port("HTTP", "127.0.0.1", 8081, false, running, "http");
        assertEquals(FAIL, elsewhere.level(), "the hall's controller serves on 8080, something else holds 8081");
    }

    @Test
    void serial_missingWarns_notADeviceOrNoPermissionFails() {
        assertEquals(WARN, HostJudgements.serial("p", "/dev/ttyUSB0", false, false, false).level());
        assertEquals(FAIL, HostJudgements.serial("p", "/dev/ttyUSB0", true, false, true).level());
        Finding denied = HostJudgements.serial("p", "/dev/ttyUSB0", true, true, false);
        assertEquals(FAIL, denied.level());
        assertTrue(denied.message().contains("usermod -aG dialout"), denied.message());
        assertEquals(OK, HostJudgements.serial("p", "/dev/ttyUSB0", true, true, true).level());
    }

    @Test
    void broker_unreachableFails() {
        assertEquals(FAIL, HostJudgements.broker("tcp://mq:1883", "Connection refused").level());
        assertEquals(OK, HostJudgements.broker("tcp://mq:1883", null).level());
    }

    @Test
    void clock_unsynchronisedFails_unknownWarns() {
        assertEquals(OK, HostJudgements.clock(Optional.of("yes"), "").level());
        assertEquals(FAIL, HostJudgements.clock(Optional.of("no"), "").level());
        Finding unknown = HostJudgements.clock(Optional.empty(), "no timedatectl on this machine");
        assertEquals(WARN, unknown.level());
        assertTrue(unknown.message().contains("cannot tell whether the clock is synchronised (no timedatectl"),
                unknown.message());
    }
}
