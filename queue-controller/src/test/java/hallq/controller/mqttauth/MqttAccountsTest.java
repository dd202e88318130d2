package hallq.controller.mqttauth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hallq.protocol.mqtt.MqttLogin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MqttAccountsTest {
    @TempDir
    Path data;

    @Test
    void add_writesHashOnlyInTheFile_andThePasswordToAnOwnerOnlyFile() throws Exception {
        MqttAccounts accounts = MqttAccounts.open(data);
        String password = accounts.add("caller-5", MqttRole.CALLER, 5);

        assertTrue(password.length() >= 24);
        String yml = Files.readString(data.resolve("secrets/mqtt-clients.yml"));
        assertFalse(yml.contains(password), "the clients file holds hashes, not passwords");
        assertTrue(yml.contains("name: caller-5") && yml.contains("role: caller") && yml.contains("window: 5"), yml);
        Path pwFile = data.resolve("secrets/mqtt/caller-5.password");
        assertEquals(password, Files.readString(pwFile).strip());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(pwFile)));
        assertEquals("rw-------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(data.resolve("secrets/mqtt-clients.yml"))));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("secrets/mqtt"))));
        MqttAccount stored = accounts.find("caller-5").orElseThrow();
        assertTrue(MosquittoHash.verify(password.toCharArray(), stored.hash()));
        assertEquals(5, stored.window());
    }

    @Test
    void add_existingNameOrBadInput_isRefusedAndChangesNothing() throws Exception {
        MqttAccounts accounts = MqttAccounts.open(data);
        accounts.add("caller-5", MqttRole.CALLER, 5);
        String before = Files.readString(accounts.file());
        assertThrows(IllegalArgumentException.class, () -> accounts.add("caller-5", MqttRole.BOARD, null));
        assertThrows(IllegalArgumentException.class, () -> accounts.add("Caller 6", MqttRole.CALLER, 6));
        assertThrows(IllegalArgumentException.class, () -> accounts.add("caller-6", MqttRole.CALLER, null));
        assertThrows(IllegalArgumentException.class, () -> accounts.add("printer-1", MqttRole.DEVICE, 3));
        assertThrows(IllegalArgumentException.class, () -> accounts.add("../x", MqttRole.DEVICE, null));
        assertEquals(before, Files.readString(accounts.file()));
        assertEquals(List.of("caller-5"), accounts.all().stream().map(MqttAccount::name).toList());
        assertFalse(Files.exists(data.resolve("secrets/mqtt/caller-6.password")));
    }

    @Test
    void ensure_keepsAWorkingPassword_andMakesANewOneWhenItsFileIsGone() throws Exception {
        MqttAccounts accounts = MqttAccounts.open(data);
        MqttLogin first = accounts.controllerLogin();
        assertEquals("controller", first.username());
        assertEquals(first, MqttAccounts.open(data).controllerLogin(), "a second run keeps the password");

        Files.delete(accounts.passwordFile("controller"));
        MqttLogin renewed = accounts.controllerLogin();
        assertNotEquals(first.password(), renewed.password());
        assertTrue(MosquittoHash.verify(renewed.password().toCharArray(), accounts.find("controller").orElseThrow().hash()));
    }

    @Test
    void changesByAnotherProcess_arePickedUp_andABrokenFileKeepsWhatWasKnown() throws Exception {
        MqttAccounts running = MqttAccounts.open(data);
        running.add("hall-board", MqttRole.BOARD, null);
        MqttAccounts cli = MqttAccounts.open(data);
        cli.add("caller-5", MqttRole.CALLER, 5);
        assertTrue(running.find("caller-5").isPresent());
        cli.remove("hall-board");
        assertTrue(running.find("hall-board").isEmpty());
        assertFalse(Files.exists(data.resolve("secrets/mqtt/hall-board.password")));

        Files.writeString(running.file(), "clients:\n- name: caller-5\n  role: wizard\n");
        assertTrue(running.find("caller-5").isPresent(), "a broken edit keeps the clients known before");
        assertThrows(IllegalStateException.class, () -> MqttAccounts.open(data));
    }
}
