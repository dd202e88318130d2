package hallq.protocol.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hallq.protocol.Zone;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class HallConfigLoaderTest {
    private final HallConfigLoader loader = new HallConfigLoader();

    private static final String MINIMAL = """
            hall: { id: test-hall, name: 测试中心 }
            services:
              - { id: HJ, name: 户籍办理, prefix: A, zone: LICENSING }
              - { id: SB, name: 社保医保, prefix: B, zone: CONVENIENCE }
            windows:
              - { number: 1, services: [HJ, SB] }
              - { number: 9, services: [SB], standby: true }
            """;

    @Test
    void aPublicAddressThatPhonesCannotOpen_isRefusedNamingIt() throws Exception {
        for (String url : new String[] {"hallq.example.gov.cn", "ftp://hall.example", "https://", "http://h.example/?x=1"}) {
            String bad = MINIMAL.replace("name: 测试中心 }", "name: 测试中心, publicBaseUrl: \"" + url + "\" }");
            ConfigException e = assertThrows(ConfigException.class, () -> parse(bad), url);
            assertTrue(e.getMessage().contains("hall.publicBaseUrl") && e.getMessage().contains(url), e.getMessage());
        }
        assertEquals("https://hall.example/hallq", parse(MINIMAL.replace("name: 测试中心 }",
                "name: 测试中心, publicBaseUrl: \"https://hall.example/hallq\" }")).hall().publicBaseUrl());
    }

    @Test
    void demoHall_loadsAndMeetsTheShippedShape() {
        HallConfig demo = loader.load(Path.of("../config/demo-hall.yml"));
        assertTrue(demo.services().size() >= 8);
        assertTrue(demo.windows().size() >= 24);
        assertTrue(demo.windows().stream().filter(WindowConfig::standby).count() >= 4);
        assertTrue(demo.services().stream().anyMatch(s -> s.zone() == Zone.LICENSING));
        assertTrue(demo.services().stream().anyMatch(s -> s.zone() == Zone.CONVENIENCE));
        assertEquals("Asia/Shanghai", demo.hall().timezone());
        assertEquals(Duration.ofMinutes(20), demo.policy().openWhenPredictedWaitOver());
    }

    @Test
    void minimal_fillsDefaults() throws Exception {
        HallConfig c = parse(MINIMAL);
        assertEquals(20, c.service("HJ").targetWaitMinutes());
        assertEquals("1号窗口", c.windows().get(0).name());
        assertEquals("Asia/Shanghai", c.hall().timezone());
    }

    @Test
    void unknownServiceInWindow_namesTheKey() {
        String bad = MINIMAL.replace("services: [SB], standby", "services: [XX], standby");
        ConfigException e = assertThrows(ConfigException.class, () -> parse(bad));
        assertTrue(e.getMessage().contains("test.yml: windows[1].services[0]: unknown service 'XX'"), e.getMessage());
    }

    @Test
    void unknownKey_namesTheKeyAndTheAllowedOnes() {
        String bad = MINIMAL.replace("prefix: A,", "prefx: A,");
        ConfigException e = assertThrows(ConfigException.class, () -> parse(bad));
        assertTrue(e.getMessage().startsWith("test.yml: services[0].prefx: unknown key"), e.getMessage());
    }

    @Test
    void badDuration_namesTheKey() {
        String bad = MINIMAL + "policy: { calmFor: soon }\n";
        ConfigException e = assertThrows(ConfigException.class, () -> parse(bad));
        assertTrue(e.getMessage().contains("policy.calmFor"), e.getMessage());
    }

    @Test
    void duplicatePrefixAndBadHours_areAllReported() {
        String bad = MINIMAL.replace("prefix: B", "prefix: A")
                .replace("name: 测试中心 }", "name: 测试中心, hours: [\"13:00-12:00\"] }");
        ConfigException e = assertThrows(ConfigException.class, () -> parse(bad));
        assertTrue(e.getMessage().contains("services[1].prefix: prefix A is used twice"), e.getMessage());
        assertTrue(e.getMessage().contains("hall.hours: '13:00-12:00' ends before it starts"), e.getMessage());
    }

    @Test
    void wrongType_namesTheKey() {
        String bad = MINIMAL.replace("number: 9", "number: nine");
        ConfigException e = assertThrows(ConfigException.class, () -> parse(bad));
        assertTrue(e.getMessage().startsWith("test.yml: windows[1].number:"), e.getMessage());
    }

    @Test
    void devices_aWindowThatIsNot_aSecondReceiptPrinter_andAnIdUsedTwice_areNamed() {
        ConfigException e = assertThrows(ConfigException.class, () -> parse(MINIMAL + """
                devices:
                  - { id: printer-w1, kind: escpos-printer, port: /dev/ttyUSB2, window: 1 }
                  - { id: printer-w1, kind: escpos-printer, port: /dev/ttyUSB3, window: 1 }
                  - { id: board-w4, kind: led-window-board, port: /dev/ttyUSB4, window: 4 }
                """));
        assertTrue(e.getMessage().contains("devices[1].id: 'printer-w1' is used by another device"), e.getMessage());
        assertTrue(e.getMessage().contains("devices[1].window: window 1 already has an escpos-printer"), e.getMessage());
        assertTrue(e.getMessage().contains("devices[2].window: window 4 is not in windows"), e.getMessage());
    }

    @Test
    void devices_aReceiptPrinterAtAWindow_isTaken() throws Exception {
        HallConfig c = parse(MINIMAL + """
                devices:
                  - { id: kiosk-1-printer, kind: escpos-printer, port: /dev/ttyUSB0 }
                  - { id: printer-w9, kind: escpos-printer, port: /dev/ttyUSB2, window: 9 }
                """);
        assertEquals(9, c.devices().get(1).window());
    }

    @Test
    void missingFile_saysSo() {
        ConfigException e = assertThrows(ConfigException.class, () -> loader.load(Path.of("nope.yml")));
        assertEquals("nope.yml: file not found", e.getMessage());
    }

    private HallConfig parse(String yaml) throws Exception {
        return loader.parse("test.yml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }
}
