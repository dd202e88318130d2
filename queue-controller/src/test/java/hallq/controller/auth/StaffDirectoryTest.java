package hallq.controller.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hallq.controller.testing.TestHall;
import hallq.protocol.testing.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class StaffDirectoryTest {
    private final PasswordHasher hasher = new PasswordHasher(4);

    @Test
    void accounts_surviveReopening_andEditsByAnotherProcessArePickedUp() throws Exception {
        Path data = TestHall.newDataDir();
        StaffDirectory d = StaffDirectory.open(data);
        d.put(new StaffAccount("wang", "王芳", Role.CLERK, hasher.hash("secret-pass".toCharArray()), List.of(6, 5, 5)));
        assertEquals(List.of(5, 6), StaffDirectory.open(data).find("wang").orElseThrow().windows());
        StaffDirectory other = StaffDirectory.open(data);
        other.put(other.find("wang").orElseThrow().withWindows(List.of(7)));
        Files.setLastModifiedTime(data.resolve(StaffDirectory.FILE), FileTime.fromMillis(System.currentTimeMillis() + 2000));
        assertEquals(List.of(7), d.find("wang").orElseThrow().windows());
        assertTrue(other.remove("wang"));
        assertFalse(other.remove("wang"));
    }

    @Test
    void aBrokenFile_isRefusedAtStart_withItsName_andKeepsTheOldAccountsWhileRunning() throws Exception {
        Path data = TestHall.newDataDir();
        StaffDirectory d = StaffDirectory.open(data);
        d.put(new StaffAccount("wang", "王芳", Role.CLERK, hasher.hash("secret-pass".toCharArray()), List.of(5)));
        Files.writeString(data.resolve(StaffDirectory.FILE), "accounts:\n  - user: Bad Name\n    role: CLERK\n");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> StaffDirectory.open(data));
        assertTrue(e.getMessage().contains("staff.yml"), e.getMessage());
        Files.setLastModifiedTime(data.resolve(StaffDirectory.FILE), FileTime.fromMillis(System.currentTimeMillis() + 2000));
        assertTrue(d.find("wang").isPresent(), "a running controller keeps the accounts it knew");
    }

    @Test
    void bootstrap_onlyOnAFirstRun() throws Exception {
        Path data = TestHall.newDataDir();
        StaffDirectory d = StaffDirectory.open(data);
        Path secret = d.bootstrap(hasher).orElseThrow();
        String password = StaffDirectory.firstPassword(secret);
        assertEquals(16, password.length());
        assertTrue(hasher.verify(password.toCharArray(), d.find("admin").orElseThrow().passwordHash()));
        assertTrue(StaffDirectory.open(data).bootstrap(hasher).isEmpty());
    }

    @Test
    void authenticator_locksAfterFiveWrongPasswords_forAMinute() throws Exception {
        StaffDirectory d = StaffDirectory.open(TestHall.newDataDir());
        d.put(new StaffAccount("li", "李主任", Role.MANAGER, hasher.hash("right-password".toCharArray()), List.of()));
        MutableClock clock = MutableClock.mondayAt(9, 0);
        Authenticator auth = new Authenticator(d, hasher, new Sessions(clock, Duration.ofHours(2), Duration.ofHours(12)), clock);
        for (int i = 0; i < Authenticator.MAX_FAILURES; i++) {
            assertInstanceOf(Authenticator.WrongCredentials.class, auth.login("li", "wrong-password".toCharArray()));
        }
        assertInstanceOf(Authenticator.Locked.class, auth.login("li", "right-password".toCharArray()));
        clock.advance(Authenticator.LOCK);
        assertInstanceOf(Authenticator.Success.class, auth.login("LI ", "right-password".toCharArray()));
        assertInstanceOf(Authenticator.WrongCredentials.class, auth.login("li", new char[200]), "too long is just wrong");
    }

    @Test
    void accounts_validateThemselves() {
        String hash = hasher.hash("secret-pass".toCharArray());
        assertThrows(IllegalArgumentException.class, () -> new StaffAccount("Wang Fang", "王芳", Role.CLERK, hash, null));
        assertThrows(IllegalArgumentException.class, () -> new StaffAccount("wang", " ", Role.CLERK, hash, null));
        assertThrows(IllegalArgumentException.class, () -> new StaffAccount("wang", "王芳", Role.CLERK, "plain", null));
        assertThrows(IllegalArgumentException.class, () -> new StaffAccount("wang", "王芳", Role.CLERK, hash, List.of(0)));
        assertThrows(IllegalArgumentException.class, () -> hasher.hash("short".toCharArray()));
    }
}
