package hallq.controller.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The report benchmark runs end to end on a small month and prints its figures (no timing is asserted). */
class ReportBenchIT {
    @Test
    void smallMonth_printsTheFigures() {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            code = new CommandLine(new ReportBench()).execute("--tickets-per-day", "30", "--working-days", "3", "--runs", "1",
                    "--config",
                    "../config/demo-hall.yml");
        } finally {
            System.setOut(original);
        }
        String printed = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, printed);
        assertTrue(printed.contains("filled 3 working days"), printed);
        assertTrue(printed.contains("month: 90 tickets issued"), printed);
        assertTrue(printed.contains("monthly report"), printed);
    }
}
