package hallq.city.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hallq.city.store.PersonKeyFile;
import hallq.protocol.city.PersonKeyRing;
import hallq.protocol.testing.TestDirs;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code ./hall city person-key list|rotate}: the ring file, owner-only, rotated ahead, listed without secrets. */
class PersonKeyCommandTest {
    private final Path data = TestDirs.fresh("person-key-command");
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new HubMain());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 2];
        all[0] = "--data";
        all[1] = data.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return cli.execute(all);
    }

    @Test
    void rotate_addsAKeyForAComingDay_endsTheEarlierOnesLookUps_andListNeverShowsASecret() throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertEquals(0, run("person-key", "list"));
        Path file = data.resolve("secrets").resolve("person-keys.json");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertTrue(out.toString().contains("key 1  hashes from 2000-01-01  look-ups with no end"), out.toString());
        String secret = PersonKeyFile.open(file).ring(today).keys().get(0).secret();

        assertEquals(2, run("person-key", "rotate", "--from", today.toString()), "not today: halls need it first");
        assertTrue(err.toString().contains("tomorrow at the earliest"), err.toString());
        assertEquals(0, run("person-key", "rotate", "--keep-days", "30"));
        PersonKeyRing ring = PersonKeyFile.open(file).ring(today);
        assertEquals(2, ring.version());
        assertEquals(today.plusDays(31), ring.keys().get(0).lookupUntil());
        assertEquals(today.plusDays(1), ring.keys().get(1).activeFrom());
        assertEquals(ring.keys().get(0), ring.primary(today).orElseThrow(), "key 1 still hashes today");
        assertEquals(2, ring.primary(today.plusDays(1)).orElseThrow().id());
        assertEquals(1, PersonKeyFile.open(file).ring(today.plusDays(32)).keys().size(), "key 1 dropped after its end");

        out.getBuffer().setLength(0);
        assertEquals(0, run("person-key", "list"));
        assertTrue(out.toString().contains("version 2"), out.toString());
        assertTrue(out.toString().contains("key 1  hashes from 2000-01-01  look-ups until " + today.plusDays(31)));
        assertFalse(out.toString().contains(secret), "never a secret on the screen");
        assertEquals(2, run("person-key", "rotate", "--from", today.plusDays(1).toString()),
                "a second key for the same day");
    }
}
