package hallq.sim.crowd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
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
    }

    @Test
    void staffFor_erlangC_textbookValues() {
        // M/M/5 with a = 4.4: P(wait) = 0.7184 (sum of a^k/k! = 44.894, last term 114.53); E[W] = P(wait) / (c mu - lambda)
        assertEquals(0.7184, ErlangC.waitProbability(5, 4.4), 0.0001);
        assertEquals(0.7184 / (5.0 / 8 - 33.0 / 60), ErlangC.meanWait(5, 33.0 / 60, 1.0 / 8), 1e-3);
    }
}
