package hallq.sim.crowd;

import com.fasterxml.jackson.databind.SerializationFeature;
import hallq.protocol.Json;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes {@code summary.json}, {@code citizens.csv} (one row per citizen) and the PNG charts of
 * {@link SimCharts} into a folder.
 */
public final class SimOutput {
    private SimOutput() {
    }

    public static void write(SimResult r, Path dir) throws IOException {
        Files.createDirectories(dir);
        Json.lenient().enable(SerializationFeature.INDENT_OUTPUT).writeValue(dir.resolve("summary.json").toFile(),
                r.summary());
        try (Writer out = Files.newBufferedWriter(dir.resolve("citizens.csv"), StandardCharsets.UTF_8)) {
            out.write("citizen,ticket,service,priority,arrivalMinute,outcome,window,waitMinutes,"
                    + "predictedMeanMinutes,predictedP90Minutes,floorMeanMinutes,holMinutes,lesMinutes,serviceMinutes\n");
            for (Citizen c : r.citizens()) {
                out.write(String.format(Locale.ROOT, "%d,%s,%s,%s,%.3f,%s,%s,%s,%s,%s,%s,%s,%s,%.3f%n", c.id, c.number,
                        c.serviceId, c.priority, c.arrival, c.outcome, c.wasCalled() ? c.window : "",
                        num(c.wasCalled() ? c.waitMinutes() : Double.NaN), num(c.predictedMean), num(c.predictedP90),
                        num(c.floorMean), num(c.holMean), num(c.lesMean), c.serviceMinutes));
            }
        }
        new SimCharts(r).write(dir);
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.3f", v);
    }
}
