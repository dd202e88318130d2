package hallq.city.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hallq.city.app.Hub;
import hallq.city.core.CityReport;
import hallq.city.core.HallEntry;
import hallq.city.store.HubDatabase;
import hallq.city.store.ReportStore;
import hallq.protocol.Zone;
import hallq.protocol.city.CityEvent;
import hallq.protocol.city.CityFact;
import hallq.protocol.city.HallLive;
import hallq.protocol.city.Handover;
import hallq.protocol.rest.ServiceView;
import hallq.protocol.testing.Browser;
import hallq.protocol.testing.TestDirs;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

/** The city overview page in real headless Chromium against a real hub: login, the tree with its totals, the map,
 * the alerts and a supervision notice sent from one and answered. */
class CityPageIT {
    private static final String PASSWORD = "a city password 1";
    private static final String LATE_HANDOVER = "shipai-20261130-093000";
    private static Hub hub;
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        hub = Hub.start(HubDatabase.privateCluster(TestDirs.fresh("hub")), "127.0.0.1", 0, InstantSource.system());
        hub.registry().add(new HallEntry("guangzhou", "广州市政务服务中心", HallEntry.Level.CITY, null, 23.129, 113.264, null),
                PASSWORD.toCharArray());
        hub.registry().add(new HallEntry("tianhe", "天河区政务服务中心", HallEntry.Level.DISTRICT, "guangzhou", 23.125, 113.361,
                null), PASSWORD.toCharArray());
        hub.registry().add(new HallEntry("shipai", "石牌街道便民服务中心", HallEntry.Level.TOWNSHIP, "tianhe", 23.135, 113.345,
                null), PASSWORD.toCharArray());
        hub.registry().add(new HallEntry("gangding", "岗顶社区服务站", HallEntry.Level.VILLAGE, "shipai", 23.137, 113.338, null),
                PASSWORD.toCharArray());
        hub.staff().add("office", PASSWORD.toCharArray());
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        ServiceView household = new ServiceView("HJ", "户籍办理", "Household", "A", Zone.LICENSING, 25, 2, 38.0, 55.0, 20, 30,
                400, true, null);
        // the district's wait has been over target for a quarter of an hour: a city alert
        hub.events().ingest("tianhe", ZoneId.of("Asia/Shanghai"), List.of(),
                new HallLive(Instant.now().minusSeconds(900), today, 3, 4, List.of(household)), Instant.now());
        send("tianhe", 30, household, 3, today);
        send("shipai", 8, new ServiceView("SB", "社保医保", "Social", "G", Zone.CONVENIENCE, 4, 1, 9.0, 14.0, 20, 8, 0, true,
                null), 1, today);
        // the street handed a matter to the district three days ago; the district has not accepted it
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        Instant sentAt = Instant.now().minus(Duration.ofDays(3));
        Handover late = new Handover(LATE_HANDOVER, "shipai", "石牌街道便民服务中心", "tianhe", "天河区政务服务中心", "HJ",
                "户籍迁入", List.of("户口簿"), null, sentAt, sentAt.plus(Duration.ofDays(1)), Instant.now().plus(Duration
                .ofDays(20)), List.of(), 0);
        hub.events().ingest("shipai", zone, List.of(new CityEvent(hub.events().ack("shipai").watermark() + 1, sentAt,
                LocalDate.ofInstant(sentAt, zone), new CityFact.HandoverStep(LATE_HANDOVER, Handover.SENT, "clerk3", "A007",
                0, late))), null, Instant.now());
        browser = Browser.start();
    }

    /**
     * {@code tickets} issued over the last 150 minutes (one every 5), the first ten of them called
     * after 3, 6 … 30 minutes at windows 1 to 3 and served in 6 minutes: waits from 3 to 30 minutes
     * against a 20-minute target.
     */
    private static void send(String hall, int tickets, ServiceView queue, int open, LocalDate today) {
        List<CityEvent> events = new ArrayList<>();
        Instant start = Instant.now().minusSeconds(150 * 60);
        long seq = 0;
        for (int i = 1; i <= tickets; i++) {
            Instant issued = start.plusSeconds(300L * (i - 1));
            events.add(new CityEvent(++seq, issued, today, new CityFact.TicketStep(i, "A" + i, "ISSUED", queue.id(), null,
                    "KIOSK", "NORMAL", 0, issued, null, null, null)));
        }
        for (int i = 1; i <= Math.min(10, tickets); i++) {
            Instant issued = start.plusSeconds(300L * (i - 1));
            Instant called = issued.plusSeconds(180L * i);
            Instant done = called.plusSeconds(360);
            int window = 1 + i % 3;
            events.add(new CityEvent(++seq, called, today, new CityFact.TicketStep(i, "A" + i, "CALLED", queue.id(), window,
                    "KIOSK", "NORMAL", 1, issued, called, null, null)));
            events.add(new CityEvent(++seq, done, today, new CityFact.TicketStep(i, "A" + i, "COMPLETED", queue.id(), window,
                    "KIOSK", "NORMAL", 1, issued, called, called, done)));
            int score = i % 5 == 0 ? 2 : i % 3 == 0 ? 4 : 5; // most very satisfied, some satisfied, a few not
            events.add(new CityEvent(++seq, done.plusSeconds(20), today, new CityFact.RatingGiven(i, i, queue.id(), window,
                    score, "EVALUATOR")));
        }
        events.sort(java.util.Comparator.comparing(CityEvent::at));
        List<CityEvent> numbered = new ArrayList<>();
        for (CityEvent e : events) {
            numbered.add(new CityEvent(numbered.size() + 1, e.at(), e.day(), e.fact()));
        }
        hub.events().ingest(hall, ZoneId.of("Asia/Shanghai"), numbered,
                new HallLive(Instant.now(), today, open, open + 1, List.of(queue), 0, 0, "https://" + hall + ".example.gov.cn/"),
                Instant.now());
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        hub.close();
    }

    @Test
    void cityStaffLogIn_andSeeEveryHallInItsLevelWithTotalsAndTheStaleOnesMarked() throws Exception {
        browser.desk();
        browser.open(hub.url() + "/city");
        browser.awaitText("#login-card h2", "登录");
        browser.assertAccessible("city login");
        browser.find("#user").sendKeys("office");
        browser.find("#password").sendKeys("not the password");
        browser.find("#login-button").click();
        browser.awaitText("#login-error", "不正确");

        browser.login(hub.url(), "/city", "office", PASSWORD);
        browser.awaitText("#halls tbody", "岗顶社区服务站");
        assertEquals("4", browser.text("#t-halls"));
        assertEquals("29", browser.text("#t-waiting"), "25 at the district and 4 at its street");
        assertEquals("38", browser.text("#t-issued"));
        assertEquals("1", browser.text("#t-over"), "the district: 户籍办理 38 min against 20");
        assertEquals("2", browser.text("#t-stale"), "the city centre and the village never sent anything");
        List<String> order = browser.driver.findElements(By.cssSelector("#halls tbody tr")).stream()
                .map(r -> r.getAttribute("data-hall")).toList();
        assertEquals(List.of("guangzhou", "tianhe", "shipai", "gangding"), order, "the tree, top down");
        String district = browser.text("#halls tr[data-hall=tianhe]");
        assertTrue(district.contains("户籍办理 38/20"), district);
        assertTrue(district.contains("29"), "the district's total includes its street: " + district);
        assertTrue(browser.text("#halls tr[data-hall=gangding]").contains("从未联系"));
        assertEquals(4, browser.driver.findElements(By.cssSelector("#map circle")).size());
        assertEquals("over", browser.find("#map circle[data-hall=tianhe]").getAttribute("class"));
        String handover = browser.text("#handovers li[data-handover='" + LATE_HANDOVER + "']");
        assertTrue(handover.contains("已转出") && handover.contains("已超期") && handover.contains("户籍迁入")
                && handover.contains("石牌街道便民服务中心 → 天河区政务服务中心"), handover);
        assertEquals("1 件超期", browser.text("#handovers-late"));
        browser.screenshot("city-overview");
        browser.assertAccessible("city overview");
        ((JavascriptExecutor) browser.driver).executeScript("document.getElementById('handovers-card').scrollIntoView()");
        browser.screenshot("city-handovers");
        ((JavascriptExecutor) browser.driver).executeScript("window.scrollTo(0, 0)");

        assertEquals("1", browser.text("#t-alerts"));
        assertEquals("0", browser.text("#t-notices"));
        String alert = browser.text("#alerts li[data-hall=tianhe]");
        assertTrue(alert.contains("天河区政务服务中心") && alert.contains("预计等候超目标") && alert.contains("户籍办理 预计等候 38 分钟"),
                alert);

        browser.find("#alerts li[data-hall=tianhe] [data-action=supervise]").click();
        assertEquals("tianhe", browser.find("#notice-hall").getAttribute("value"), "the form addresses the alert's hall");
        assertTrue(browser.find("#notice-message").getAttribute("value").contains("请说明原因并报整改措施"));
        browser.find("#notice-hours").clear();
        browser.find("#notice-hours").sendKeys("24");
        browser.find("#notice-send").click();
        browser.awaitText("#notice-result", "已发出");
        browser.awaitText("#alerts li[data-hall=tianhe]", "已督办 · 待接收");
        browser.awaitText("#t-notices", "1");
        long noticeId = Long.parseLong(browser.find("#notices li").getAttribute("data-notice"));
        String sent = browser.text("#notices li[data-notice='" + noticeId + "']");
        assertTrue(sent.contains("待接收") && sent.contains("office 于") && sent.contains("答复期限"), sent);

        // the hall takes it in and answers: its events come back with the next batch
        LocalDate day = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        long next = hub.events().ack("tianhe").watermark() + 1; // after the hall's day so far
        hub.events().ingest("tianhe", ZoneId.of("Asia/Shanghai"), List.of(
                new CityEvent(next, Instant.now(), day, new CityFact.CityNoticeStep(noticeId, "RECEIVED", null, null)),
                new CityEvent(next + 1, Instant.now(), day, new CityFact.CityNoticeStep(noticeId, "ACKNOWLEDGED", "李主任",
                        null)),
                new CityEvent(next + 2, Instant.now(), day, new CityFact.CityNoticeStep(noticeId, "ANSWERED", "李主任",
                        "已增开 2 个户籍窗口，午间不停岗"))), null, Instant.now());
        browser.awaitText("#notices li[data-notice='" + noticeId + "']", "已增开 2 个户籍窗口");
        assertEquals("ANSWERED", browser.find("#notices li").getAttribute("data-status"));
        browser.awaitText("#t-notices", "0");
        browser.screenshot("city-supervision");

        // the drill-down: one hall's day, as its own dashboard draws it
        browser.find("#halls tr[data-hall=tianhe] [data-open]").click();
        browser.awaitText("#day-title", "天河区政务服务中心 · " + day);
        browser.awaitText("#day-tiles", "30");
        assertTrue(browser.text("#day-tiles").contains("60%"), "6 of the 10 waits (3, 6 … 30 min) within 20: "
                + browser.text("#day-tiles"));
        assertEquals(3, browser.driver.findElements(By.cssSelector("#day-windows tbody tr")).size());
        assertTrue(browser.text("#day-services").contains("户籍办理"), browser.text("#day-services"));
        assertTrue(browser.text("#day-alerts").contains("预计等候超目标"), browser.text("#day-alerts"));
        assertEquals(Boolean.TRUE, ((JavascriptExecutor) browser.driver).executeScript(
                "return Chart.getChart('day-hours') !== undefined && Chart.getChart('day-hours').data.datasets[0].data"
                        + ".reduce((a, b) => a + b, 0) === 30"), "the hours chart holds the day's 30 tickets");
        browser.screenshot("city-hall-day");
        browser.assertAccessible("city overview, a hall's day open");
        CityReport report = CityReport.build(day, day, new ReportStore(hub.database(), hub.registry()).input(day, day,
                Instant.now()));
        for (String chart : List.of("waits", "within", "ratings")) { // the report charts of the same day, to look at
            Files.write(Browser.SCREENSHOTS.resolve("city-report-" + chart + "-day.png"), CityCharts.draw(report, chart,
                    new ReportStore(hub.database(), hub.registry()).serviceNames(null)));
        }
        ((JavascriptExecutor) browser.driver).executeScript("const d = document.getElementById('day-date'); "
                + "d.value = arguments[0]; d.dispatchEvent(new Event('change'));", day.minusDays(1).toString());
        browser.awaitText("#day-title", "天河区政务服务中心 · " + day.minusDays(1));
        assertTrue(browser.text("#day-tiles").startsWith("0"), browser.text("#day-tiles"));
        browser.find("#day-close").click();
        assertTrue(!browser.shown("#day-card"));

        browser.find("#lang").click();
        browser.awaitText("h1", "City service overview");
        browser.awaitText("#alerts li[data-hall=tianhe]", "Predicted wait over target");
        assertTrue(browser.text("#handovers-card").contains("Handovers (last 31 days)"), browser.text("#handovers-card"));
        browser.screenshot("city-overview-en");
        browser.find("#lang").click();
        browser.find("#logout").click();
        browser.awaitText("#login-card h2", "登录");
    }

    @Test
    void aCitizenOnAPhone_findsWhichHallsHandleAMatter_howLongTheWaitIs_andTheNearestFirst() {
        browser.phone();
        browser.forgetLogin();
        browser.open(hub.url() + "/city/services?matter=HJ");
        browser.awaitText("#places", "天河区政务服务中心");
        String place = browser.text("#places li[data-hall=tianhe]");
        assertTrue(place.contains("正在等候 25 人") && place.contains("预计等候约 38 分钟") && place.contains("区县中心"), place);
        assertEquals("long", browser.find("#places li[data-hall=tianhe] .figures span").getAttribute("class"),
                "38 minutes against a 20-minute target");
        assertEquals("/city/book?matter=HJ&hall=tianhe", browser.find("#places li[data-hall=tianhe] a.book")
                .getDomAttribute("href"), "booked on the city's one booking page");
        assertEquals(1, browser.driver.findElements(By.cssSelector("#places li")).size(), "only the district handles 户籍办理");

        new Select(browser.find("#matter")).selectByValue("SB");
        browser.awaitText("#places", "石牌街道便民服务中心");
        new Select(browser.find("#from")).selectByValue("guangzhou");
        browser.awaitText("#places li[data-hall=shipai]", "公里");
        assertTrue(browser.driver.getCurrentUrl().endsWith("/city/services?matter=SB&from=guangzhou"),
                "the choice stays in the address, to share: " + browser.driver.getCurrentUrl());
        browser.screenshot("city-services-phone");
        browser.assertAccessible("city services");
        browser.find("#lang").click();
        browser.awaitText("#places li[data-hall=shipai]", "4 waiting");
        browser.screenshot("city-services-phone-en");
        browser.find("#lang").click();
        browser.desk();
    }
}
