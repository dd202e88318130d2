package hallq.protocol.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The working-day calendar: referenced from the hall file or inline, validated with file and key named. */
class CalendarConfigTest {
    private static final String HALL = """
            hall: { id: test-hall, name: 测试中心 }
            services: [ { id: HJ, name: 户籍办理, prefix: A, zone: LICENSING } ]
            windows: [ { number: 1, services: [HJ] } ]
            """;
    private static final String CALENDAR = """
            years:
              - year: 2026
                source: test notice
                holidays: [ { name: 国庆节, from: 2026-10-01, to: 2026-10-07 } ]
                workdays: [ { date: 2026-10-10, name: 国庆节 } ]
            """;
    private final HallConfigLoader loader = new HallConfigLoader();
    private Path dir;

    @BeforeEach
    void folder() throws Exception {
        Path base = Path.of(System.getProperty("java.io.tmpdir"));
        Files.createDirectories(base);
        dir = Files.createTempDirectory(base, "calendar-");
    }

    private HallConfig load(String hall, String calendar) throws Exception {
        Files.writeString(dir.resolve("hall.yml"), hall);
        if (calendar != null) {
            Files.writeString(dir.resolve("cal.yml"), calendar);
        }
        return loader.load(dir.resolve("hall.yml"));
    }

    private String fault(String hall, String calendar) {
        return assertThrows(ConfigException.class, () -> load(hall, calendar)).getMessage();
    }

    @Test
    void demoHall_referencesTheShippedCalendar() {
        CalendarConfig c = loader.load(Path.of("../config/demo-hall.yml")).calendar();
        assertEquals(Path.of("../config/calendar-cn.yml").toString(), c.file());
        assertEquals(2, c.years().size());
        assertTrue(c.years().get(1).source().contains("2026"));
        assertEquals(LocalDate.parse("2026-02-15"), c.years().get(1).holidays().get(1).from());
    }

    @Test
    void referencedFile_isReadBesideTheHallFile() throws Exception {
        CalendarConfig c = load(HALL + "calendar: cal.yml\n", CALENDAR).calendar();
        assertEquals(dir.resolve("cal.yml").toString(), c.file());
        assertEquals(LocalDate.parse("2026-10-07"), c.years().get(0).holidays().get(0).to());
        assertEquals(2, c.weekend().size());
    }

    @Test
    void noCalendar_isNull() throws Exception {
        assertNull(load(HALL, null).calendar());
    }

    @Test
    void inlineSection_isValidatedWithItsKey() throws Exception {
        String inline = HALL + "calendar:\n" + CALENDAR.indent(2);
        assertEquals(2026, load(inline, null).calendar().years().get(0).year());
        String bad = inline.replace("2026-10-10", "2026-10-13");
        assertEquals(dir.resolve("hall.yml") + ": calendar.years[0].workdays[0].date: 2026-10-13 is a TUESDAY, "
                + "already a working day: a swapped working day (调休) falls on the weekend", fault(bad, null));
    }

    @Test
    void missingFile_namesTheKeyAndTheFile() {
        String m = fault(HALL + "calendar: nope.yml\n", null);
        assertEquals(dir.resolve("hall.yml") + ": calendar: file " + dir.resolve("nope.yml") + " not found", m);
    }

    @Test
    void faultsInTheFile_nameTheFileAndKey() {
        String cal = dir.resolve("cal.yml").toString();
        assertEquals(cal + ": years[0].holidays[0].to: 2026-09-01 is before from 2026-10-01",
                fault(HALL + "calendar: cal.yml\n", CALENDAR.replace("to: 2026-10-07", "to: 2026-09-01")));
        assertEquals(cal + ": years[0].workdays[0].date: 2026-10-03 is also a holiday (国庆节)",
                fault(HALL + "calendar: cal.yml\n", CALENDAR.replace("2026-10-10", "2026-10-03")));
        assertTrue(fault(HALL + "calendar: cal.yml\n", CALENDAR.replace("from: 2026-10-01", "from: 2026-10-32"))
                .startsWith(cal + ": years[0].holidays[0].from: "));
        assertTrue(fault(HALL + "calendar: cal.yml\n", CALENDAR.replace("source:", "sauce:"))
                .startsWith(cal + ": years[0].sauce: unknown key"));
        assertEquals(cal + ": years[0].source: cite where the year's holidays come from (e.g. the State Council's notice)",
                fault(HALL + "calendar: cal.yml\n", CALENDAR.replace("    source: test notice\n", "")));
        assertEquals(cal + ": years[0].holidays[0]: days 2026-12-31..2027-01-01 are not all in 2026",
                fault(HALL + "calendar: cal.yml\n", CALENDAR.replace("from: 2026-10-01, to: 2026-10-07",
                        "from: 2026-12-31, to: 2027-01-01")));
        assertEquals(cal + ": years: at least one year is needed: a calendar that knows no year refuses every date",
                fault(HALL + "calendar: cal.yml\n", "weekend: [SATURDAY, SUNDAY]\n"));
    }

    @Test
    void referenceOutsideTheConfigFolder_isRefused() {
        assertTrue(fault(HALL + "calendar: ../cal.yml\n", CALENDAR).contains(
                "calendar: '../cal.yml' must name a file beside the hall file or in a folder below it"));
    }
}
