package hallq.devices.serial;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PtyPairIT {

    @TempDir
    Path dir;

    @Test
    void open_bothEnds_carryBytesBothWaysUnchanged() throws Exception {
        try (PtyPair pty = PtyPair.open(dir, Duration.ofSeconds(5));
             SerialLink a = new JSerialCommLink(SerialSettings.of("a", pty.a().toString()));
             SerialLink b = new JSerialCommLink(SerialSettings.of("b", pty.b().toString()))) {
            a.open();
            b.open();
            byte[] allBytes = new byte[256];
            for (int i = 0; i < 256; i++) {
                allBytes[i] = (byte) i;
            }

            a.write(allBytes);
            assertArrayEquals(allBytes, readExactly(b, 256));
            b.write(new byte[] {0x12});
            assertArrayEquals(new byte[] {0x12}, readExactly(a, 1));
        }
    }

    @Test
    void close_killsSocatAndRemovesLinks() throws Exception {
        PtyPair pty = PtyPair.open(dir, Duration.ofSeconds(5));
        assertTrue(Files.exists(pty.a()) && Files.exists(pty.b()));

        pty.close();

        assertFalse(pty.isAlive());
        assertFalse(Files.exists(pty.a()), "socat removes its links on SIGTERM");
    }

    /** Raw mode matters: no CR/LF translation, no echo, 0x00-0xFF pass through. */
    private static byte[] readExactly(SerialLink link, int count) throws Exception {
        byte[] out = new byte[count];
        int got = 0;
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        byte[] buffer = new byte[count];
        while (got < count && System.nanoTime() < deadline) {
            int n = link.read(buffer, Duration.ofMillis(100));
            int take = Math.min(n, count - got);
            System.arraycopy(buffer, 0, out, got, take);
            got += take;
        }
        assertEquals(count, got, "bytes received before the deadline");
        return out;
    }
}
