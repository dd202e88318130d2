package hallq.sim.crowd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class CrowdSimulationTest {
    private static ScenarioLoader.Loaded district() {
        return new ScenarioLoader().load(Path.of("../scenarios/district-day-policy.yml"));
    }

    @Test
    void simulate_sameSeed_sameDay() {
        ScenarioLoader.Loaded l = district();
        assertEquals(l.run().summary(), l.run().summary());
        assertNotEquals(l.run().summary(), l.with(l.scenario().withSeed(2)).run().summary());
    }

    @Test
    void simulate_districtDay_everyCitizenTicketedAndAccountedFor() {
        SimResult r = district().run();
        SimResult.Summary s = r.summary();
        assertTrue(s.tickets() > 900, "a day of about a thousand citizens, got " + s.tickets());
        assertEquals(s.tickets(), s.served() + s.noShows() + s.abandoned());
        assertTrue(s.policyDecisions() > 0, "the policy opened standby windows");
        assertTrue(r.citizens().stream().noneMatch(c -> c.outcome == Citizen.Outcome.WAITING));
    }

    @Test
    void output_writesSummaryAndOneRowPerCitizen() throws Exception {
        SimResult r = district().run();
        Path dir = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "sim-");
        SimOutput.write(r, dir);
        String summary = Files.readString(dir.resolve("summary.json"));
        for (String key : new String[] {"tickets", "meanWaitMinutes", "p90WaitMinutes", "servedWithinTargetShare",
                "staffHours", "rmseMinutes", "maeMinutes", "biasMinutes", "p90Coverage"}) {
            assertTrue(summary.contains("\"" + key + "\""), key);
        }
        assertEquals(r.summary().tickets() + 1, Files.readAllLines(dir.resolve("citizens.csv")).size());
        assertDrawn(dir.resolve("waits.png"), SimCharts.PREDICTED);
        assertDrawn(dir.resolve("waits.png"), SimCharts.ACTUAL);
        assertDrawn(dir.resolve("windows.png"), SimCharts.WINDOWS);
        assertDrawn(dir.resolve("queue-length.png"), SimCharts.ACTUAL);
    }

    @Test
    void timeline_policyDay_showsStandbyWindowsOpeningAndTheQueue() {
        List<Timeline.Sample> samples = district().run().timeline().samples();
        int first = samples.get(0).openWindows();
        assertTrue(samples.stream().anyMatch(s -> s.openWindows() > first), "standby windows opened during the day");
        assertTrue(samples.stream().anyMatch(s -> s.waitingTotal() > 5), "a queue built up in the morning peak");
        assertEquals(0, samples.get(samples.size() - 1).waitingTotal(), "nobody left waiting at the end");
    }

    @Test
    void baselines_matchTheirDefinitionsRecomputedFromTheDay() {
        List<Citizen> all = district().run().citizens();
        for (Citizen c : all) {
            List<Citizen> same = all.stream().filter(d -> d.serviceId.equals(c.serviceId) && d != c).toList();
            double hol = same.stream().filter(d -> d.arrival < c.arrival && d.called > c.arrival)
                    .mapToDouble(d -> c.arrival - d.arrival).max().orElse(0);
            double les = same.stream().filter(d -> d.called <= c.arrival).max(Comparator.comparingDouble(d -> d.called))
                    .map(Citizen::waitMinutes).orElse(0.0);
            boolean servedAtOnce = c.called == c.arrival && hol == 0;
            assertEquals(hol, c.holMean, 1e-9, "head-of-line of citizen " + c.id);
            assertEquals(servedAtOnce ? 0 : les, c.lesMean, 1e-9, "last-to-enter-service of citizen " + c.id);
        }
    }

    private static void assertDrawn(Path png, Color colour) throws Exception {
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(SimCharts.WIDTH, img.getWidth(), png.toString());
        assertEquals(SimCharts.HEIGHT, img.getHeight(), png.toString());
        int pixels = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                pixels += (img.getRGB(x, y) & 0xffffff) == (colour.getRGB() & 0xffffff) ? 1 : 0;
            }
        }
        assertTrue(pixels > 200, png.getFileName() + " draws a series in " + colour + ": " + pixels + " pixels");
    }

    @Test
    void staffFor_erlangC_textbookValues() {
        // M/M/5 with a = 4.4: P(wait) = 0.7184 (sum of a^k/k! = 44.894, last term 114.53); E[W] = P(wait) / (c mu - lambda)
        assertEquals(0.7184, ErlangC.waitProbability(5, 4.4), 0.0001);
        assertEquals(0.7184 / (5.0 / 8 - 33.0 / 60), ErlangC.meanWait(5, 33.0 / 60, 1.0 / 8), 1e-3);
    }
}
