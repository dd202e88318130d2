package hallq.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code hallq cds}: the controller's class archive, made by a warm-up run of the bundle, mapped by the next
 * {@code hallq controller}; an archive cut short (a power cut, a full disk) is never handed to the JVM, which would
 * crash on it, and the controller starts without it.
 */
class ClassArchiveIT {
    @Test
    void cds_makesTheArchiveTheControllerMaps_andOneCutShortIsLeftAlone() throws Exception {
        Bundle bundle = Bundle.unpack(Path.of(System.getProperty("hallq.bundle")));
        Bundle.Result cds = bundle.run("cds");
        assertEquals(0, cds.exit(), cds.out());
        Path archive = bundle.home().resolve("cds/controller.jsa");
        long size = Files.size(archive);
        assertTrue(size > 1 << 20, "an archive of the classes a start loads: " + size + " bytes");
        assertEquals(Long.toString(size), Files.readString(archive.resolveSibling("controller.jsa.size")).strip());
        try (Stream<Path> files = Files.list(archive.getParent())) {
            assertEquals(List.of("controller.jsa", "controller.jsa.size"),
                    files.map(p -> p.getFileName().toString()).sorted().toList(), "nothing half-made left behind");
        }

        try (ControllerRun c = ControllerRun.start(bundle, bundle.work().resolve("hall-1"),
                bundle.work().resolve("controller-1.log"))) {
            assertTrue(c.commandLine().contains("-XX:SharedArchiveFile=" + archive), c.commandLine());
            assertTrue(c.memoryMaps().contains(archive.toString()), "the JVM took the archive (not refused it)");
        }

        byte[] whole = Files.readAllBytes(archive);
        Files.write(archive, Arrays.copyOf(whole, whole.length / 3));
        try (ControllerRun c = ControllerRun.start(bundle, bundle.work().resolve("hall-2"),
                bundle.work().resolve("controller-2.log"))) {
            assertFalse(c.commandLine().contains("SharedArchiveFile"), "a short archive is not used: " + c.commandLine());
        }
    }
}
