package hallq.board.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The benchmark still runs end to end (tiny sizes; its figures are not judged here). */
class BoardBenchIT {
    @Test
    void bench_smallHall_printsEachFigureWithItsSampleCount() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        int code = BoardBench.run(new PrintStream(buffer, true, StandardCharsets.UTF_8), "--config", "../config/demo-hall.yml",
                "--windows", "4", "--boards", "3", "--hall-screens", "1", "--calls", "8", "--warm-up", "2");
        String out = buffer.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, out);
        assertTrue(out.contains("one board's state and text show it: p50"), out);
        assertTrue(out.contains("every subscribed board shows it: p50") && out.contains("(n=8)"), out);
        assertTrue(out.contains("JavaFX hall screen frame laid out with it: p50"), out);
    }
}
