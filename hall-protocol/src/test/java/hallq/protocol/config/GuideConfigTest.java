package hallq.protocol.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Service guides: files beside the hall file (or inline), validated with file and key named. */
class GuideConfigTest {
    private static final String HALL = """
            hall: { id: test-hall, name: 测试中心 }
            services:
              - { id: HJ, name: 户籍办理, prefix: A, zone: LICENSING, guide: guides/HJ.yml }
              - { id: SB, name: 社保医保, prefix: B, zone: CONVENIENCE }
            windows: [ { number: 1, services: [HJ, SB] } ]
            """;
    private static final String GUIDE = """
            matter: 居民身份证换领
            department: 公安分局
            conditions: [ 有效期满 ]
            materials:
              - { name: 居民户口簿, originals: 1 }
              - { name: 相片, originals: 0, copies: 0, required: false }
            steps: [ { name: 受理 } ]
            legalTimeLimit: { unit: DAYS, days: 60 }
            promisedTimeLimit: { unit: WORKING_DAYS, days: 15 }
            fees: [ { item: 工本费, yuan: 20 } ]
            phone: 020-12345601
            """;
    private final HallConfigLoader loader = new HallConfigLoader();
    private Path dir;

    @BeforeEach
    void folder() throws Exception {
        Path base = Path.of(System.getProperty("java.io.tmpdir"));
        Files.createDirectories(base);
        dir = Files.createTempDirectory(base, "guides-");
        Files.createDirectories(dir.resolve("guides"));
    }

    private HallConfig load(String hall, String guide) throws Exception {
        Files.writeString(dir.resolve("hall.yml"), hall);
        Files.writeString(dir.resolve("guides/HJ.yml"), guide);
        return loader.load(dir.resolve("hall.yml"));
    }

    private String fault(String guide) {
        return assertThrows(ConfigException.class, () -> load(HALL, guide)).getMessage();
    }

    @Test
    void demoHall_everyServiceHasAGuide() {
        HallConfig demo = loader.load(Path.of("../config/demo-hall.yml"));
        for (ServiceConfig s : demo.services()) {
            ServiceGuide g = s.guide();
            assertEquals(Path.of("../config/guides/" + s.id() + ".yml").toString(), g.file(), s.id());
            assertTrue(!g.steps().isEmpty() && g.promisedTimeLimit() != null, s.id());
        }
    }

    @Test
    void guideFile_isReadWithDefaults() throws Exception {
        HallConfig c = load(HALL, GUIDE);
        ServiceGuide g = c.service("HJ").guide();
        assertEquals(dir.resolve("guides/HJ.yml").toString(), g.file());
        assertEquals("居民户口簿", g.materials().get(0).name());
        assertEquals(0, g.materials().get(0).copies());
        assertTrue(g.materials().get(0).required());
        assertEquals(ServiceGuide.TimeLimit.Unit.WORKING_DAYS, g.promisedTimeLimit().unit());
        assertEquals(1, g.visits());
        assertNull(c.service("SB").guide());
    }

    @Test
    void inlineGuide_isValidatedWithItsKey() {
        String inline = HALL.replace("guide: guides/HJ.yml", "guide: { matter: 身份证, steps: [ { name: 受理 } ] }");
        String m = assertThrows(ConfigException.class, () -> load(inline, GUIDE)).getMessage();
        assertTrue(m.startsWith(dir.resolve("hall.yml") + ": services[0].guide.department: missing"), m);
        assertTrue(m.contains("services[0].guide.promisedTimeLimit: missing"), m);
    }

    @Test
    void faults_nameTheGuideFileAndKey() {
        String file = dir.resolve("guides/HJ.yml").toString();
        assertEquals(file + ": materials[1].copies: must be 0..99, got -1",
                fault(GUIDE.replace("copies: 0,", "copies: -1,")));
        assertEquals(file + ": promisedTimeLimit.days: an ON_THE_SPOT limit has no days",
                fault(GUIDE.replace("unit: WORKING_DAYS", "unit: ON_THE_SPOT")));
        assertTrue(fault(GUIDE.replace("unit: DAYS", "unit: WEEKS"))
                .startsWith(file + ": legalTimeLimit.unit: "));
        assertTrue(fault(GUIDE.replace("originals: 1 }", "orginals: 1 }"))
                .startsWith(file + ": materials[0].orginals: unknown key (allowed: copies, name, nameEn, notes,"));
        assertEquals(file + ": phone: must be a phone number like 020-12345678, got 'call us'",
                fault(GUIDE.replace("020-12345601", "call us")));
        assertEquals(file + ": steps: at least one step (办理流程) is needed",
                fault(GUIDE.replace("steps: [ { name: 受理 } ]", "steps: []")));
        assertEquals(file + ": fees[0].yuan: must be an amount in yuan, 0 or more, got -5.0",
                fault(GUIDE.replace("yuan: 20", "yuan: -5")));
    }

    @Test
    void missingGuideFile_namesTheService() throws Exception {
        Files.writeString(dir.resolve("hall.yml"), HALL.replace("guides/HJ.yml", "guides/XX.yml"));
        String m = assertThrows(ConfigException.class, () -> loader.load(dir.resolve("hall.yml"))).getMessage();
        assertEquals(dir.resolve("hall.yml") + ": services[0].guide: file " + dir.resolve("guides/XX.yml")
                + " not found", m);
    }
}
