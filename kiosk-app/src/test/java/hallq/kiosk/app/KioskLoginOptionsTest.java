package hallq.kiosk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hallq.protocol.mqtt.MqttLogin;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Where the kiosk finds its device login, and what it says when there is none. */
class KioskLoginOptionsTest {

    private static KioskLoginOptions parse(String... args) {
        KioskMain main = new KioskMain();
        new CommandLine(main).parseArgs(args);
        return main.login;
    }

    @Test
    void passwordFile_givesTheLogin_namedAfterTheKioskUnlessTold(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("k.password"), "s3cret-pw\n");
        assertEquals(new MqttLogin("kiosk-7", "s3cret-pw"), parse("--password-file", file.toString()).resolve("kiosk-7", null));
        assertEquals(new MqttLogin("front-2", "s3cret-pw"),
                parse("--login", "front-2", "--password-file", file.toString()).resolve("kiosk-7", null));
    }

    @Test
    void environmentPassword_isUsedWithoutAFile() {
        assertEquals(new MqttLogin("kiosk-7", "from-env"), parse().resolve("kiosk-7", " from-env "));
    }

    @Test
    void noPasswordAnywhere_failsSayingHowToMakeOne() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> parse("--login", "nobody-here-9").resolve("kiosk-7", null));
        assertTrue(e.getMessage().contains("--password-file"), e.getMessage());
        assertTrue(e.getMessage().contains("mqtt-client add nobody-here-9 --role kiosk"), e.getMessage());
    }

    @Test
    void unreadablePasswordFile_isNamed(@TempDir Path dir) {
        Path missing = dir.resolve("missing.password");
        RuntimeException e = assertThrows(RuntimeException.class,
                () -> parse("--password-file", missing.toString()).resolve("kiosk-7", null));
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
    }
}
