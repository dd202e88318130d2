package hallq.controller.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import hallq.controller.app.Controller;
import hallq.controller.testing.Http;
import hallq.controller.testing.TestHall;
import hallq.protocol.testing.Browser;
import hallq.protocol.testing.MutableClock;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/** The citizen's ticket page on a phone-sized headless Chromium against a real controller. */
class CitizenPageIT {
    private static Controller controller;
    private static Browser browser;
    private static String base;
    private Http kiosk;
    private Http clerk;
    private Http manager;

    @BeforeAll
    static void start() throws Exception {
        controller = TestHall.start(TestHall.newDataDir(), MutableClock.mondayAt(10, 0));
        base = "http://127.0.0.1:" + controller.httpPort();
        browser = Browser.start();
        browser.phone();
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        controller.close();
    }

    @BeforeEach
    void clients() {
        kiosk = Http.kiosk(controller);
        clerk = Http.clerk5(controller.httpPort());
        manager = Http.manager(controller.httpPort());
    }

    @Test
    void waiting_thenCalled_showsTheWindowLive() {
        JsonNode t = kiosk.issue("CR", null).json();
        browser.open(base + "/t/" + t.get("token").asText());
        browser.awaitText("#number", t.get("number").asText());
        assertEquals("等候中", browser.text("#status"));
        assertEquals("0", browser.text("#ahead"));
        assertTrue(browser.text("#hall-name").contains("云山区政务服务中心"));
        browser.screenshot("citizen-waiting");

        assertEquals(200, manager.post("/api/v1/windows/8/call-next", null).status());
        browser.awaitText("#called-where", "8号窗口");
        assertEquals("CALLED", browser.find("#status").getDomAttribute("data-status"));
        assertEquals("called", browser.find("body").getDomAttribute("data-last-alert"));
        browser.screenshot("citizen-called");
        assertNoPageErrors();
    }

    @Test
    void fewAhead_showsTheNearNotice_andEnglishOnRequest() {
        List<JsonNode> tickets = List.of(kiosk.issue("QY", null).json(), kiosk.issue("QY", null).json(),
                kiosk.issue("QY", null).json(), kiosk.issue("QY", null).json(), kiosk.issue("QY", null).json());
        JsonNode last = tickets.get(4);
        browser.open(base + "/t/" + last.get("token").asText());
        browser.awaitText("#ahead", "4");
        assertFalse(browser.shown("#near"));
        assertEquals(200, manager.post("/api/v1/windows/10/call-next", null).status());
        assertEquals(200, manager.post("/api/v1/windows/11/call-next", null).status());
        browser.awaitText("#near", "前面还有 2 人");
        assertEquals("near", browser.find("body").getDomAttribute("data-last-alert"));
        browser.find("[data-lang-toggle]").click();
        browser.awaitText("#near", "2 ahead");
        assertEquals("Waiting", browser.text("#status"));
        browser.screenshot("citizen-near-en");
        browser.find("[data-lang-toggle]").click();
    }

    @Test
    void afterService_offersRatingAndTheHotline() {
        JsonNode t = kiosk.issue("HJ", null).json();
        assertEquals(200, clerk.post("/api/v1/windows/5/call-next", null).status());
        assertEquals(200, clerk.post("/api/v1/windows/5/start", null).status());
        assertEquals(200, clerk.post("/api/v1/windows/5/complete", null).status());
        browser.open(base + "/t/" + t.get("token").asText());
        browser.awaitText("#status", "已办结");
        assertTrue(browser.shown("#rating"));
        assertEquals("tel:12345", browser.find("#complaint-link").getDomAttribute("href"));
        browser.find("#stars [data-score='5']").click();
        browser.find("#comment").sendKeys("窗口服务很耐心");
        browser.screenshot("citizen-rating");
        browser.find("#send-rating").click();
        browser.await(d -> !browser.text("#rating-result").isBlank());
        assertTrue(browser.shown("[data-rated='5']"), browser.text("#rating-result"));
        JsonNode rated = kiosk.get("/api/v1/tickets/" + t.get("token").asText()).json();
        assertEquals(5, rated.get("rating").asInt(), "the rating reached the controller: " + rated);
        browser.screenshot("citizen-rated");
        browser.driver.navigate().refresh();
        browser.awaitText("#rating-result", "已经评价");
        assertFalse(browser.shown("#send-rating"), "a ticket is rated once");
    }

    @Test
    void unknownToken_saysSoWithoutShowingAnyTicket() {
        browser.open(base + "/t/AAAAAAAAAAAAAAAAAAAAAAAA");
        browser.await(d -> browser.shown("#not-found"));
        assertFalse(browser.shown("#ticket"));
        browser.screenshot("citizen-not-found");
    }

    private void assertNoPageErrors() {
        List<LogEntry> severe = browser.driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .filter(e -> !e.getMessage().contains("Failed to load resource")).toList();
        assertTrue(severe.isEmpty(), "browser console errors: " + severe);
    }
}
